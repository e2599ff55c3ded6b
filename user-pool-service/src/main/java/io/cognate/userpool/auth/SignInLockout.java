package io.cognate.userpool.auth;

import io.cognate.userpool.platform.CognateConfig;
import io.cognate.userpool.user.UserAccountEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Consecutive failed sign-ins per user, shared by every flow that checks a password or an SRP proof
 * (SECURITY-CASES 12), and by the second factors and device proofs that follow a password. {@link
 * #hold} locks the user's row until the transaction ends, so parallel guesses are counted one after
 * another and cannot race past the threshold.
 */
@ApplicationScoped
class SignInLockout {

    static final String LOCKED = "Password attempts exceeded";

    private static final Duration LONGEST = Duration.ofMinutes(15);

    private static final String ENSURE =
            "INSERT INTO user_pool.sign_in_lockout (user_pool_id, sub, failures)"
                    + " VALUES (?1, ?2, 0) ON CONFLICT DO NOTHING";

    private static final String LOCK =
            "SELECT failures, CAST(EXTRACT(EPOCH FROM locked_until) * 1000 AS bigint)"
                    + " FROM user_pool.sign_in_lockout WHERE user_pool_id = ?1 AND sub = ?2"
                    + " FOR UPDATE";

    private static final String SET =
            "UPDATE user_pool.sign_in_lockout SET failures = ?3, locked_until = ?4"
                    + " WHERE user_pool_id = ?1 AND sub = ?2";

    private final int freeFailures;
    private final Duration firstLockout;

    SignInLockout(CognateConfig config) {
        this.freeFailures = config.signIn().freeFailures();
        this.firstLockout = config.signIn().firstLockout();
    }

    /**
     * Locks the user's counter for this transaction and reads it. The row is created on the user's
     * first sign-in only: later ones lock and read it in one statement.
     */
    Uni<Counter> hold(UserAccountEntity user) {
        return Panache.getSession()
                .chain(
                        session ->
                                lock(session, user)
                                        .chain(
                                                rows ->
                                                        rows.isEmpty()
                                                                ? create(session, user)
                                                                : Uni.createFrom().item(rows)))
                .map(
                        (List<Object[]> rows) -> {
                            Object[] row = rows.get(0);
                            Instant until =
                                    row[1] == null
                                            ? null
                                            : Instant.ofEpochMilli(((Number) row[1]).longValue());
                            return new Counter(((Number) row[0]).intValue(), until);
                        });
    }

    /** The user's first sign-in: creates the row (or finds a parallel one's) and locks it. */
    private static Uni<List<Object[]>> create(Mutiny.Session session, UserAccountEntity user) {
        return session.createNativeQuery(ENSURE)
                .setParameter(1, user.userPoolId)
                .setParameter(2, user.sub)
                .executeUpdate()
                .chain(() -> lock(session, user));
    }

    private static Uni<List<Object[]>> lock(Mutiny.Session session, UserAccountEntity user) {
        return session.createNativeQuery(LOCK, Object[].class)
                .setParameter(1, user.userPoolId)
                .setParameter(2, user.sub)
                .getResultList();
    }

    /**
     * Counts a failure; past the free ones, the lockout doubles from the configured first one up to
     * 15 minutes.
     */
    Uni<Void> failed(UserAccountEntity user, Counter counter, Instant now) {
        int failures = counter.failures() + 1;
        return set(user, failures, lockedUntil(failures, now));
    }

    /** The end of the lockout after {@code failures} consecutive ones, null while still free. */
    Instant lockedUntil(int failures, Instant now) {
        if (failures < freeFailures) {
            return null;
        }
        int doublings = Math.min(failures - freeFailures, 20);
        Duration lock = firstLockout.multipliedBy(1L << doublings);
        return now.plus(lock.compareTo(LONGEST) > 0 ? LONGEST : lock);
    }

    /** The failure count an unknown name's refusal writes (to a row that does not exist). */
    int freeFailures() {
        return freeFailures;
    }

    /** A right password ends the streak. */
    Uni<Void> succeeded(UserAccountEntity user, Counter counter) {
        return counter.clean() ? Uni.createFrom().voidItem() : set(user, 0, null);
    }

    /**
     * Runs the rest of the sign-in after a right proof, ending the streak only when it ends with
     * tokens: a right password followed by a second-factor challenge keeps the count, so wrong MFA
     * codes tried across many sign-ins still add up to a lockout.
     */
    Uni<Attempt> succeededWhenTokens(
            UserAccountEntity user, Counter counter, Supplier<Uni<Attempt>> rest) {
        return Uni.createFrom()
                .deferred(rest::get)
                .call(
                        attempt ->
                                attempt instanceof Attempt.Step step
                                                && step.step().authenticationResult() != null
                                        ? succeeded(user, counter)
                                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> set(UserAccountEntity user, int failures, Instant until) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(SET)
                                        .setParameter(1, user.userPoolId)
                                        .setParameter(2, user.sub)
                                        .setParameter(3, failures)
                                        .setParameter(4, until)
                                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * For a name that is nobody: the statements a known user's wrong password costs ({@link #hold}
     * before the check, the count after it), on a row that does not exist, so that the refusal
     * takes as long as a known user's (SECURITY-CASES 13). Changes nothing.
     */
    Uni<Void> asIfFailed(String userPoolId, Supplier<Uni<?>> check) {
        UUID nobody = UUID.randomUUID();
        return Panache.getSession()
                .chain(
                        session ->
                                session.createNativeQuery(LOCK, Object[].class)
                                        .setParameter(1, userPoolId)
                                        .setParameter(2, nobody)
                                        .getResultList()
                                        .chain(check::get)
                                        .chain(
                                                () ->
                                                        session.createNativeQuery(SET)
                                                                .setParameter(1, userPoolId)
                                                                .setParameter(2, nobody)
                                                                .setParameter(3, freeFailures)
                                                                .setParameter(4, (Instant) null)
                                                                .executeUpdate()))
                .replaceWithVoid();
    }

    /** A user's failures so far and the end of the current lockout (null when free). */
    record Counter(int failures, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        /** Whether a success leaves it as it is (no failure, no lockout, even a past one). */
        boolean clean() {
            return failures == 0 && lockedUntil == null;
        }

        /** This counter after {@link #failed} counted one more failure (any lockout kept). */
        Counter plusFailure() {
            return new Counter(failures + 1, lockedUntil);
        }
    }
}
