package io.cognate.userpool.token.keys;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Signature;
import org.jboss.logging.Logger;

/** Picks Amazon Corretto Crypto Provider when it is healthy here, else the JDK's providers. */
final class CryptoProviders {

    private static final Logger LOG = Logger.getLogger(CryptoProviders.class);

    private CryptoProviders() {}

    static Provider fastest() {
        try {
            AmazonCorrettoCryptoProvider accp = AmazonCorrettoCryptoProvider.INSTANCE;
            accp.assertHealthy();
            // Both services the tokens need must come from it, or the mix is not worth it.
            KeyPairGenerator.getInstance("RSA", accp);
            Signature.getInstance("SHA256withRSA", accp);
            return accp;
        } catch (Throwable unavailable) {
            // LinkageError included: no native library for this platform is a normal fallback.
            LOG.infof(
                    "Amazon Corretto Crypto Provider unavailable (%s); falling back to the JDK",
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
