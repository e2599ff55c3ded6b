package io.cognate.broker.credentials;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cognate.contracts.aws.error.InternalFailure;
import io.cognate.contracts.aws.error.UnrecognizedClientException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Session tokens as text: a {@link SealedSession} as JSON, sealed with AES-256-GCM under the key
 * {@code cognate.kek} gives ({@link SessionTokenCipher}), and opened back. Without a key nothing is
 * sealed and nothing opens.
 */
final class SessionTokens {

    private static final Logger LOG = Logger.getLogger(SessionTokens.class);

    /** Reads session payloads (and wrote them before {@link SessionPayloads}). */
    static final ObjectMapper JSON =
            JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
                    .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .serializationInclusion(JsonInclude.Include.NON_NULL)
                    .build();

    private final Optional<SessionTokenCipher> cipher;

    SessionTokens(Optional<String> keyEncryptionKey) {
        this.cipher = keyEncryptionKey.map(SessionTokens::parse);
    }

    /** Whether {@code cognate.kek} is set. */
    boolean configured() {
        return cipher.isPresent();
    }

    /**
     * @throws InternalFailure when no key is configured
     */
    String seal(SealedSession session) {
        SessionTokenCipher key =
                cipher.orElseThrow(
                        () -> {
                            LOG.error(
                                    "Configuration problem: cognate.kek (COGNATE_KEK) is not set,"
                                            + " so no temporary credentials can be issued");
                            return new InternalFailure(
                                    "This deployment cannot issue temporary credentials.");
                        });
        return key.seal(SessionPayloads.write(session));
    }

    /**
     * Decrypts and reads a token; one that does not open, or names no key id or principal, is not
     * ours. Key id and expiry are the caller's to check.
     *
     * @throws UnrecognizedClientException when the token is not one this broker sealed
     */
    ResolvedSession open(String sessionToken) {
        SealedSession sealed;
        try {
            sealed = JSON.readValue(cipher.get().open(sessionToken), SealedSession.class);
        } catch (GeneralSecurityException | IOException e) {
            throw new UnrecognizedClientException(TemporaryCredentials.INVALID);
        }
        if (sealed.accessKeyId() == null || sealed.principal() == null) {
            throw new UnrecognizedClientException(TemporaryCredentials.INVALID);
        }
        return new ResolvedSession(
                sealed.accessKeyId(), sealed.secretAccessKey(), sealed.principal());
    }

    private static SessionTokenCipher parse(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cognate.kek is not valid base64");
        }
        if (key.length != SessionTokenCipher.KEY_BYTES) {
            throw new IllegalStateException(
                    "cognate.kek must be the base64 of exactly 32 bytes, not " + key.length);
        }
        return new SessionTokenCipher(key);
    }
}
