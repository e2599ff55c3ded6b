package io.cognate.identitypool.oidc;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;
import java.security.Signature;
import org.jboss.logging.Logger;

/**
 * Picks Amazon Corretto Crypto Provider for RS256 signing when it is healthy here, else the JDK's
 * provider (the same choice as user-pool-service's token keys).
 */
final class CryptoProviders {

    private static final Logger LOG = Logger.getLogger(CryptoProviders.class);

    private CryptoProviders() {}

    static Provider fastest() {
        try {
            AmazonCorrettoCryptoProvider accp = AmazonCorrettoCryptoProvider.INSTANCE;
            accp.assertHealthy();
            Signature.getInstance("SHA256withRSA", accp);
            return accp;
        } catch (Throwable unavailable) {
            // LinkageError included: no native library for this platform is a normal fallback.
            LOG.infof(
                    "Amazon Corretto Crypto Provider unavailable (%s); signing with the JDK",
                    unavailable.toString());
            return jdk();
        }
    }

    private static Provider jdk() {
        try {
            return Signature.getInstance("SHA256withRSA").getProvider();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA256withRSA is unavailable", e);
        }
    }
}
