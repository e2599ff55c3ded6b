package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.LimitExceededException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Cognito's per-user hourly throttles (cognito.md §7.2), counted in PostgreSQL: every attempt is
 * counted by one atomic upsert on its own connection, committed at once whatever the operation then
 * does, so a failed guess counts, parallel requests are counted one after the other on every
 * replica, and the counts survive restarts. The window is a fixed hour opened by the first attempt
 * after the previous one ended.
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

    // In DO UPDATE every reference to t is the row before the update.
    private static final String COUNT =
            "INSERT INTO user_pool.user_throttle AS t"
                    + " (user_pool_id, sub, action, window_start, attempts)"
                    + " VALUES ($1, $2, $3, $4, 1)"
                    + " ON CONFLICT (user_pool_id, sub, action) DO UPDATE SET"
                    + " window_start = CASE WHEN t.window_start + INTERVAL '1 hour'"
                    + " <= EXCLUDED.window_start THEN EXCLUDED.window_start ELSE t.window_start END,"
                    + " attempts = CASE WHEN t.window_start + INTERVAL '1 hour'"
                    + " <= EXCLUDED.window_start THEN 1 ELSE LEAST(t.attempts, 1000000) + 1 END"
                    + " RETURNING attempts";

    private final Pool pg;

    UserThrottles(Pool pg) {
        this.pg = pg;
    }

    /**
     * Counts one attempt of {@code user} at {@code action}; fails with LimitExceededException
     * ("Attempt limit exceeded, please try after some time.") past the hourly limit.
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
        return pg.preparedQuery(COUNT)
                .execute(Tuple.of(userPoolId, sub, action.name(), now.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.iterator().next().getInteger(0))
                .onFailure(UserThrottles::userGone)
                // Deleted meanwhile: nothing left to protect, and the operation fails on its own.
                .recoverWithItem(0);
    }

    private static boolean userGone(Throwable failure) {
        return failure instanceof PgException pg && "23503".equals(pg.getSqlState());
    }
}
