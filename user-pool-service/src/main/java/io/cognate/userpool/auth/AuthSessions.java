package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.crypto.Sha256;
import io.cognate.userpool.appclient.AppClient;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code Session} strings between challenges: 64 random bytes the client carries, bound in the
 * database to the pool, client, user and challenge, expiring after the client's
 * AuthSessionValidity, and redeemable once (SECURITY-CASES 15). A redemption deletes the row in the
 * caller's transaction, so a step that then fails (an invalid new password) rolls the deletion back
 * and the user may answer again.
 */
@ApplicationScoped
class AuthSessions {

    static final String INVALID = "Invalid session for the user, session is expired.";

    private static final String INSERT =
            "INSERT INTO user_pool.auth_session (session_hash, user_pool_id, client_id, sub,"
                    + " challenge_name, auth_flow, auth_time, expires_at, state)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(CAST(?9 AS text) AS jsonb))";

    private static final String REDEEM =
            "DELETE FROM user_pool.auth_session WHERE session_hash = ?1 AND client_id = ?2"
                    + " AND challenge_name = ?3 AND expires_at > ?4"
                    + " RETURNING CAST(sub AS text), auth_flow,"
                    + " CAST(EXTRACT(EPOCH FROM auth_time) * 1000 AS bigint), CAST(state AS text)";

    private static final String PEEK =
            "SELECT CAST(sub AS text), auth_flow,"
                    + " CAST(EXTRACT(EPOCH FROM auth_time) * 1000 AS bigint), CAST(state AS text)"
                    + " FROM user_pool.auth_session WHERE session_hash = ?1 AND client_id = ?2"
                    + " AND challenge_name = ?3 AND expires_at > ?4 FOR UPDATE";

    private static final String KEEP =
            "UPDATE user_pool.auth_session SET state = CAST(CAST(?2 AS text) AS jsonb)"
                    + " WHERE session_hash = ?1";

    private final SecureRandom random = new SecureRandom();

    /** A new Session for the user's next challenge, carrying no state. */
    Uni<String> open(
            AppClient client,
            UUID sub,
            String challengeName,
            String authFlow,
            Instant authTime,
            Instant now) {
        return open(client, sub, challengeName, authFlow, authTime, now, Map.of());
    }

    /**
     * A new Session for the user's next challenge, carrying {@code state} (the device key, the MFA
     * types offered, the custom-auth rounds…) to the step that redeems it. Never put a secret in
     * clear in the state: it is stored as is.
     */
    Uni<String> open(
            AppClient client,
            UUID sub,
            String challengeName,
            String authFlow,
            Instant authTime,
            Instant now,
            Map<String, String> state) {
        byte[] bytes = new byte[64];
        random.nextBytes(bytes);
        String session = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(INSERT)
                                        .setParameter(1, hash(session))
                                        .setParameter(2, client.userPoolId())
                                        .setParameter(3, client.clientId())
                                        .setParameter(4, sub)
                                        .setParameter(5, challengeName)
                                        .setParameter(6, authFlow)
                                        .setParameter(7, authTime)
                                        .setParameter(8, now.plus(client.authSessionValidity()))
                                        .setParameter(9, Json.write(state))
                                        .executeUpdate())
                .replaceWith(session);
    }

    /**
     * The sign-in a Session continues, consumed; {@code NotAuthorizedException} when it is unknown,
     * expired, used, or issued to another client or for another challenge.
     */
    Uni<OpenSession> redeem(AppClient client, String session, String challengeName, Instant now) {
        return read(REDEEM, client, session, challengeName, now);
    }

    /**
     * The sign-in a Session continues, left in place and locked until the transaction ends: for
     * steps that may be answered again after a wrong code ({@link #keep}), and consume the Session
     * ({@link #redeem}) only once answered right. Refuses as {@link #redeem} does.
     */
    Uni<OpenSession> peek(AppClient client, String session, String challengeName, Instant now) {
        return read(PEEK, client, session, challengeName, now);
    }

    /** Replaces the state of a Session read with {@link #peek} (e.g. counts a wrong answer). */
    Uni<Void> keep(String session, Map<String, String> state) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(KEEP)
                                        .setParameter(1, hash(session))
                                        .setParameter(2, Json.write(state))
                                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The Session's row through {@code query} (REDEEM or PEEK), or NotAuthorizedException. */
    private static Uni<OpenSession> read(
            String query, AppClient client, String session, String challengeName, Instant now) {
        if (session == null || session.isEmpty()) {
            return Uni.createFrom().failure(new NotAuthorizedException(INVALID));
        }
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(query, Object[].class)
                                        .setParameter(1, hash(session))
                                        .setParameter(2, client.clientId())
                                        .setParameter(3, challengeName)
                                        .setParameter(4, now)
                                        .getResultList())
                .map(
                        (List<Object[]> rows) -> {
                            if (rows.isEmpty()) {
                                throw new NotAuthorizedException(INVALID);
                            }
                            Object[] row = rows.get(0);
                            return new OpenSession(
                                    row[0] == null ? null : UUID.fromString((String) row[0]),
                                    (String) row[1],
                                    Instant.ofEpochMilli(((Number) row[2]).longValue()),
                                    Json.readStringMap((String) row[3]));
                        });
    }

    static byte[] hash(String session) {
        return Sha256.digest(session.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The sign-in a redeemed Session belonged to.
     *
     * @param sub null for a CUSTOM_AUTH sign-in of an unknown user (client hiding user existence)
     * @param state what the step that opened the Session stored for the next one (never null)
     */
    record OpenSession(UUID sub, String authFlow, Instant authTime, Map<String, String> state) {}
}
