package io.cognate.userpool.token.keys;

import io.cognate.contracts.aws.error.InternalErrorException;
import io.cognate.userpool.platform.CognateConfig;
import io.cognate.userpool.platform.SecretEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Seals signing private keys under {@code cognate.kek} (AES-256-GCM), bound to pool and kid: a
 * sealed key copied to another pool's or key's row does not open.
 */
@ApplicationScoped
class PrivateKeySealer {

    private static final Logger LOG = Logger.getLogger(PrivateKeySealer.class);

    private final Optional<SecretEnvelope> envelope;

    PrivateKeySealer(CognateConfig config) {
        this.envelope = config.kek().map(SecretEnvelope::fromKek);
    }

    byte[] seal(byte[] pkcs8, String userPoolId, String kid) {
        return key().seal(pkcs8, context(userPoolId, kid));
    }

    byte[] open(byte[] sealed, String userPoolId, String kid) {
        try {
            return key().openBytes(sealed, context(userPoolId, kid));
        } catch (GeneralSecurityException e) {
            LOG.errorf(
                    "Configuration problem: signing key %s of pool %s cannot be decrypted with"
                            + " cognate.kek (was the key changed, or the row altered?)",
                    kid, userPoolId);
            throw new InternalErrorException("The signing key cannot be read.");
        }
    }

    private SecretEnvelope key() {
        return envelope.orElseThrow(
                () -> {
                    LOG.error(
                            "Configuration problem: cognate.kek (COGNATE_KEK) is not set, so"
                                    + " signing keys can be neither created nor read.");
                    return new InternalErrorException(
                            "This deployment has no key-encryption key configured, so it cannot"
                                    + " sign tokens.");
                });
    }

    private static String context(String userPoolId, String kid) {
        return "cognate/signing-key/" + userPoolId + "/" + kid;
    }
}
