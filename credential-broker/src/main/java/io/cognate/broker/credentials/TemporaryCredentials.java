package io.cognate.broker.credentials;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cognate.broker.platform.CognateConfig;
import io.cognate.contracts.aws.error.InternalFailure;
import io.cognate.contracts.aws.error.UnrecognizedClientException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Mints and resolves temporary credentials. Nothing is stored: the session token is the key pair
 * and the {@link SessionPrincipal} sealed with AES-256-GCM under a key derived from {@code
 * cognate.kek}, so verifying a request signed with temporary credentials needs no lookup — open the
 * token, check it names the signing key id and has not expired, then check the signature with the
 * secret it carries. Callers decide who gets credentials; this class only keeps them honest.
 */
@ApplicationScoped
public class TemporaryCredentials {

    private static final Logger LOG = Logger.getLogger(TemporaryCredentials.class);
    public static final String INVALID = "The security token included in the request is invalid.";
    public static final String EXPIRED = "The security token included in the request is expired";

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
    private final Optional<Duration> maxLifetime;
    private final Clock clock;
    private final OpenedSessions opened = new OpenedSessions();

    @Inject
    TemporaryCredentials(CognateConfig config, Clock clock) {
        this(config.kek(), config.credentials().maxLifetime(), clock);
    }

    TemporaryCredentials(Optional<String> keyEncryptionKey, Clock clock) {
        this(keyEncryptionKey, Optional.empty(), clock);
    }

    TemporaryCredentials(
            Optional<String> keyEncryptionKey, Optional<Duration> maxLifetime, Clock clock) {
        if (maxLifetime.isPresent()
                && (maxLifetime.get().isNegative() || maxLifetime.get().isZero())) {
            throw new IllegalStateException("cognate.credentials.max-lifetime must be positive");
        }
        this.cipher = keyEncryptionKey.map(TemporaryCredentials::parse);
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    /** True for key ids of the temporary kind ({@code ASIA…}), which need a session token. */
    public static boolean isTemporary(String accessKeyId) {
        return accessKeyId.startsWith(AccessKeys.TEMPORARY_PREFIX);
    }

    /**
     * New credentials for the principal, valid until {@code principal.expiration()}, or sooner when
     * {@code cognate.credentials.max-lifetime} says so (the credentials and their principal then
     * carry the capped expiration). Who may have them (trust policy, duration limits) is the
     * caller's decision, made before this.
     */
    public IssuedCredentials mint(SessionPrincipal asked) {
        SessionPrincipal principal = capped(asked);
        SessionTokenCipher key =
                cipher.orElseThrow(
                        () -> {
                            LOG.error(
                                    "Configuration problem: cognate.kek (COGNATE_KEK) is not set,"
                                            + " so no temporary credentials can be issued");
                            return new InternalFailure(
                                    "This deployment cannot issue temporary credentials.");
                        });
        SealedSession session =
                new SealedSession(
                        AccessKeys.temporaryAccessKeyId(), AccessKeys.secretAccessKey(), principal);
        String token = key.seal(SessionPayloads.write(session));
        return new IssuedCredentials(
                session.accessKeyId(),
                session.secretAccessKey(),
                token,
                principal.expiration(),
                principal);
    }

    /**
     * Opens a presented session token for the access key id that signed the request. A token opened
     * before is not decrypted again ({@link OpenedSessions}); the key id and the expiry are checked
     * every time.
     *
     * @throws UnrecognizedClientException when the token is not one this broker sealed, was
     *     altered, or belongs to another key id ({@code InvalidClientTokenId})
     * @throws ExpiredToken when the credentials are past their expiration
     */
    public ResolvedSession resolve(String accessKeyId, String sessionToken) {
        if (cipher.isEmpty()
                || sessionToken == null
                || sessionToken.isEmpty()
                || sessionToken.length() > SessionTokenCipher.MAX_TOKEN_CHARS) {
            throw new UnrecognizedClientException(INVALID);
        }
        OpenedSessions.TokenHash hash = OpenedSessions.TokenHash.of(sessionToken);
        SealedSession session = opened.get(hash);
        boolean fresh = session == null;
        if (fresh) {
            session = open(sessionToken);
        }
        if (session.accessKeyId() == null
                || session.principal() == null
                || !MessageDigest.isEqual(
                        session.accessKeyId().getBytes(StandardCharsets.UTF_8),
                        accessKeyId.getBytes(StandardCharsets.UTF_8))) {
            throw new UnrecognizedClientException(INVALID);
        }
        Instant now = clock.instant();
        if (!now.isBefore(session.principal().expiration())) {
            opened.forget(hash);
            throw new ExpiredToken(EXPIRED);
        }
        if (fresh) {
            opened.put(hash, session, now);
        }
        return new ResolvedSession(
                session.accessKeyId(), session.secretAccessKey(), session.principal());
    }

    private SealedSession open(String sessionToken) {
        try {
            return JSON.readValue(cipher.get().open(sessionToken), SealedSession.class);
        } catch (GeneralSecurityException | IOException e) {
            throw new UnrecognizedClientException(INVALID);
        }
    }

    private SessionPrincipal capped(SessionPrincipal principal) {
        if (maxLifetime.isEmpty()) {
            return principal;
        }
        Instant latest = principal.issuedAt().plus(maxLifetime.get());
        return principal.expiration().isAfter(latest)
                ? principal.withExpiration(latest)
                : principal;
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
