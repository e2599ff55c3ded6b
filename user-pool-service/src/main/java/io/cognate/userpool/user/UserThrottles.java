package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.LimitExceededException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Cognito's per-user hourly throttles (cognito.md §7.2), counted in PostgreSQL so that they hold on
 * every replica and across restarts. One upsert counts an attempt and locks the user's counter
 * until the caller's transaction ends, so parallel attempts are counted one after the other. The
 * count is part of the caller's transaction: callers commit it also when the attempt fails (a wrong
 * code or password is reported after the commit). The window is a fixed hour opened by the first
 * attempt after the previous one ended.
 */
@ApplicationScoped
public class UserThrottles {

    static final String LIMIT = "Attempt limit exceeded, please try after some time.";

    /** The throttled actions and their attempts per hour. */
    public enum Action {
        CHANGE_PASSWORD(5),
        GET_USER_ATTRIBUTE_VERIFICATION_CODE(5),
        VERIFY_USER_ATTRIBUTE(15),
        RESEND_CONFIRMATION_CODE(5),
        CONFIRM_SIGN_UP(15),
        /** Cognito allows 5 to 20 depending on risk; Cognate takes the middle. */
        CONFIRM_FORGOT_PASSWORD(10);

        private final int perHour;

        Action(int perHour) {
            this.perHour = perHour;
        }

        public int perHour() {
            return perHour;
        }
    }

    private static final String KEY = " WHERE user_pool_id = ?1 AND sub = ?2 AND action = ?3";

    private static final String ENSURE =
            "INSERT INTO user_pool.user_throttle (user_pool_id, sub, action, window_start, attempts)"
                    + " VALUES (?1, ?2, ?3, ?4, 0) ON CONFLICT DO NOTHING";

    // PostgreSQL re-evaluates the SET expressions on the row a concurrent update left, so parallel
    // attempts each add one.
    private static final String COUNT =
            "UPDATE user_pool.user_throttle SET"
                    + " attempts = CASE WHEN window_start + INTERVAL '1 hour' <= ?4 THEN 1"
                    + " ELSE LEAST(attempts, 1000000) + 1 END,"
                    + " window_start = CASE WHEN window_start + INTERVAL '1 hour' <= ?4 THEN ?4"
                    + " ELSE window_start END"
                    + KEY;

    private static final String READ = "SELECT attempts FROM user_pool.user_throttle" + KEY;

    /**
     * Counts one attempt of {@code user} at {@code action} in the caller's transaction; fails with
     * LimitExceededException ("Attempt limit exceeded, please try after some time.") past the
     * hourly limit.
     */
    public Uni<Void> acquire(UserAccountEntity user, Action action, Instant now) {
        return count(user.userPoolId, user.sub, action, now)
                .invoke(
                        attempts -> {
                            if (attempts > action.perHour()) {
                                throw new LimitExceededException(LIMIT);
                            }
                        })
                .replaceWithVoid();
    }

    /** The attempts in the current window, this one included. */
    Uni<Integer> count(String userPoolId, UUID sub, Action action, Instant now) {
        var at = now.atOffset(ZoneOffset.UTC);
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(ENSURE)
                                        .setParameter(1, userPoolId)
                                        .setParameter(2, sub)
                                        .setParameter(3, action.name())
                                        .setParameter(4, at)
                                        .executeUpdate()
                                        .chain(
                                                () ->
                                                        s.createNativeQuery(COUNT)
                                                                .setParameter(1, userPoolId)
                                                                .setParameter(2, sub)
                                                                .setParameter(3, action.name())
                                                                .setParameter(4, at)
                                                                .executeUpdate())
                                        .chain(
                                                () ->
                                                        s.createNativeQuery(READ, Integer.class)
                                                                .setParameter(1, userPoolId)
                                                                .setParameter(2, sub)
                                                                .setParameter(3, action.name())
                                                                .getSingleResult()));
    }
}
