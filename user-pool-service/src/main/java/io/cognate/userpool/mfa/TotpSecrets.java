package io.cognate.userpool.mfa;

import io.cognate.contracts.aws.error.InternalErrorException;
import io.cognate.userpool.platform.CognateConfig;
import io.cognate.userpool.platform.SecretEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Seals TOTP secrets under {@code cognate.kek} (AES-256-GCM), bound to pool and user: a sealed
 * secret copied to another user's row does not open.
 */
@ApplicationScoped
class TotpSecrets {

    private static final Logger LOG = Logger.getLogger(TotpSecrets.class);

    private final Optional<SecretEnvelope> envelope;

    TotpSecrets(CognateConfig config) {
        this.envelope = config.kek().map(SecretEnvelope::fromKek);
    }

    byte[] seal(String base32Secret, String userPoolId, UUID sub) {
        return key().seal(base32Secret, context(userPoolId, sub));
    }

    String open(byte[] sealed, String userPoolId, UUID sub) {
        try {
            return key().open(sealed, context(userPoolId, sub));
        } catch (GeneralSecurityException e) {
            LOG.errorf(
                    "Configuration problem: a TOTP secret of pool %s cannot be decrypted with"
                            + " cognate.kek (was the key changed, or the row altered?)",
                    userPoolId);
            throw new InternalErrorException("The software token cannot be read.");
        }
    }

    private SecretEnvelope key() {
        return envelope.orElseThrow(
                () -> {
                    LOG.error(
                            "Configuration problem: cognate.kek (COGNATE_KEK) is not set, so TOTP"
                                    + " secrets can be neither stored nor read.");
                    return new InternalErrorException(
                            "This deployment has no key-encryption key configured, so it cannot"
                                    + " store software tokens.");
                });
    }

    private static String context(String userPoolId, UUID sub) {
        return "cognate/totp/" + userPoolId + "/" + sub;
    }
}
