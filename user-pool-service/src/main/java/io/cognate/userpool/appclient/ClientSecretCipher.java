package io.cognate.userpool.appclient;

import io.cognate.contracts.aws.error.InternalErrorException;
import io.cognate.userpool.platform.CognateConfig;
import io.cognate.userpool.platform.SecretEnvelope;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Seals and opens client secrets with the configured key-encryption key ({@code cognate.kek}). A
 * malformed key stops start-up; a missing one is a configuration problem reported on every use.
 */
@ApplicationScoped
public class ClientSecretCipher {

    private static final Logger LOG = Logger.getLogger(ClientSecretCipher.class);
    private static final String NO_KEY =
            "cognate.kek (COGNATE_KEK) is not set: app clients with a client secret can be neither"
                    + " created nor verified. Set it to the base64 of 32 random bytes.";

    private final Optional<SecretEnvelope> envelope;

    @Inject
    ClientSecretCipher(CognateConfig config) {
        this(config.kek());
    }

    ClientSecretCipher(Optional<String> keyEncryptionKey) {
        this.envelope = keyEncryptionKey.map(ClientSecretCipher::parse);
    }

    void reportAtStartup(@Observes StartupEvent started) {
        if (envelope.isEmpty()) {
            LOG.warn(NO_KEY);
        }
    }

    byte[] seal(String secret, String userPoolId, String clientId) {
        return key().seal(secret, context(userPoolId, clientId));
    }

    String open(byte[] sealed, String userPoolId, String clientId) {
        try {
            return key().open(sealed, context(userPoolId, clientId));
        } catch (GeneralSecurityException e) {
            LOG.errorf(
                    "Configuration problem: the secret of app client %s cannot be decrypted with"
                            + " cognate.kek (was the key changed, or the row altered?)",
                    clientId);
            throw new InternalErrorException("The client secret cannot be read.");
        }
    }

    private SecretEnvelope key() {
        return envelope.orElseThrow(
                () -> {
                    LOG.error("Configuration problem: " + NO_KEY);
                    return new InternalErrorException(
                            "This deployment has no key-encryption key configured, so it cannot"
                                    + " store or verify client secrets.");
                });
    }

    /** Whether {@code presented} is the client's secret, compared in constant time. */
    boolean matches(byte[] sealed, String userPoolId, String clientId, String presented) {
        byte[] expected =
                open(sealed, userPoolId, clientId)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return java.security.MessageDigest.isEqual(
                expected, presented.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String context(String userPoolId, String clientId) {
        return "cognate/app-client-secret/" + userPoolId + "/" + clientId;
    }

    private static SecretEnvelope parse(String base64) {
        return SecretEnvelope.fromKek(base64);
    }
}
