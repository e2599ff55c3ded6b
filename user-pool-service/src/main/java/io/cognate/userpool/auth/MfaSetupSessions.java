package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.appclient.AppClients;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The MFA_SETUP Sessions AssociateSoftwareToken and VerifySoftwareToken take instead of an access
 * token. Those operations carry no ClientId, so the Session alone names the sign-in; each call
 * consumes it and answers a new one for the next step, in the caller's transaction (a step that
 * fails rolls the consumption back).
 */
@ApplicationScoped
public class MfaSetupSessions {

    /** Set in the state once VerifySoftwareToken accepted a code: MFA_SETUP may then complete. */
    static final String VERIFIED = "softwareTokenVerified";

    private static final String REDEEM =
            "DELETE FROM user_pool.auth_session WHERE session_hash = ?1"
                    + " AND challenge_name = 'MFA_SETUP' AND expires_at > ?2"
                    + " RETURNING client_id, CAST(sub AS text), auth_flow,"
                    + " CAST(EXTRACT(EPOCH FROM auth_time) * 1000 AS bigint), CAST(state AS text)";

    /** A consumed MFA_SETUP Session. */
    public record SetupSession(
            AppClient client,
            UUID sub,
            String authFlow,
            Instant authTime,
            Map<String, String> state) {}

    private final AuthSessions sessions;
    private final AppClients clients;

    MfaSetupSessions(AuthSessions sessions, AppClients clients) {
        this.sessions = sessions;
        this.clients = clients;
    }

    /** Consumes the Session; {@code NotAuthorizedException} when unknown, used or expired. */
    public Uni<SetupSession> redeem(String session, Instant now) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(REDEEM, Object[].class)
                                        .setParameter(1, AuthSessions.hash(session))
                                        .setParameter(2, now)
                                        .getResultList())
                .chain(
                        (List<Object[]> rows) -> {
                            if (rows.isEmpty()) {
                                throw new NotAuthorizedException(AuthSessions.INVALID);
                            }
                            Object[] row = rows.get(0);
                            return clients.require((String) row[0])
                                    .onFailure()
                                    .transform(
                                            e -> new NotAuthorizedException(AuthSessions.INVALID))
                                    .map(
                                            client ->
                                                    new SetupSession(
                                                            client,
                                                            UUID.fromString((String) row[1]),
                                                            (String) row[2],
                                                            Instant.ofEpochMilli(
                                                                    ((Number) row[3]).longValue()),
                                                            Json.readStringMap((String) row[4])));
                        });
    }

    /** A new MFA_SETUP Session continuing {@code setup}, its state with {@code verified} added. */
    public Uni<String> next(SetupSession setup, boolean verified, Instant now) {
        Map<String, String> state = new HashMap<>(setup.state());
        if (verified) {
            state.put(VERIFIED, "true");
        }
        return sessions.open(
                setup.client(),
                setup.sub(),
                MfaSecondFactor.MFA_SETUP,
                setup.authFlow(),
                setup.authTime(),
                now,
                state);
    }
}
