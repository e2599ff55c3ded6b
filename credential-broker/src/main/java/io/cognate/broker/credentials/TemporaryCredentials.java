package io.cognate.broker.credentials;

import io.cognate.broker.platform.CognateConfig;
import io.cognate.contracts.aws.error.UnrecognizedClientException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Mints and resolves temporary credentials. Nothing is stored: the session token is the key pair
 * and the {@link SessionPrincipal} sealed with AES-256-GCM under a key derived from {@code
 * cognate.kek}, so verifying a request signed with temporary credentials needs no lookup — open the
 * token, check it names the signing key id and has not expired, then check the signature with the
 * secret it carries. Callers decide who gets credentials; this class only keeps them honest.
 */
@ApplicationScoped
public class TemporaryCredentials {

    public static final String INVALID = "The security token included in the request is invalid.";
    public static final String EXPIRED = "The security token included in the request is expired";

    private final SessionTokens tokens;
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
        this.tokens = new SessionTokens(keyEncryptionKey);
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
        SealedSession session =
                new SealedSession(
                        AccessKeys.temporaryAccessKeyId(), AccessKeys.secretAccessKey(), principal);
        String token = tokens.seal(session);
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
        if (!tokens.configured()
                || sessionToken == null
                || sessionToken.isEmpty()
                || sessionToken.length() > SessionTokenCipher.MAX_TOKEN_CHARS) {
            throw new UnrecognizedClientException(INVALID);
        }
        OpenedSessions.TokenHash hash = OpenedSessions.TokenHash.of(sessionToken);
        ResolvedSession session = opened.get(hash);
        boolean fresh = session == null;
        if (fresh) {
            session = tokens.open(sessionToken);
        }
        if (!MessageDigest.isEqual(
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
        return session;
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
}
