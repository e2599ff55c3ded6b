package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.password.PasswordHasher;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * The user directory's port for ChangePassword: a signed-in user replaces their password, proving
 * the previous one, under the pool's policy, at most five attempts an hour.
 */
@ApplicationScoped
public class PasswordChanges {

    static final String INCORRECT = "Incorrect username or password.";

    private final UserPoolRepository pools;
    private final Users users;
    private final UserThrottles throttles;
    private final PasswordHasher hasher;
    private final UserPasswords userPasswords;
    private final Outbox outbox;

    PasswordChanges(
            UserPoolRepository pools,
            Users users,
            UserThrottles throttles,
            PasswordHasher hasher,
            UserPasswords userPasswords,
            Outbox outbox) {
        this.pools = pools;
        this.users = users;
        this.throttles = throttles;
        this.hasher = hasher;
        this.userPasswords = userPasswords;
        this.outbox = outbox;
    }

    /**
     * Changes the password in a transaction of its own, so that a wrong previous password counts
     * against the hourly limit although the caller then fails: it returns false then, and the
     * caller raises {@link #incorrect()} after this completed. InvalidPasswordException when {@code
     * proposed} breaks the pool's policy (not counted: nothing was checked); LimitExceededException
     * past five attempts an hour. A missing {@code previous} is wrong unless the user has no
     * password (the model makes it optional for passwordless users only).
     */
    @WithTransaction
    public Uni<Boolean> change(
            String userPoolId, UUID sub, String previous, String proposed, Instant now) {
        return pools.require(userPoolId)
                .map(PoolRules::of)
                .invoke(pool -> pool.passwordPolicy().check(proposed))
                .chain(() -> users.findBySub(userPoolId, sub))
                .onItem()
                .ifNull()
                .failWith(() -> new UserNotFoundException(Users.NOT_FOUND))
                .call(user -> throttles.acquire(user, UserThrottles.Action.CHANGE_PASSWORD, now))
                .chain(
                        user ->
                                previousMatches(user, previous)
                                        .call(
                                                matches ->
                                                        matches
                                                                ? changed(user, proposed, now)
                                                                : Uni.createFrom().voidItem()));
    }

    /** ChangePassword's answer to a wrong previous password. */
    public static NotAuthorizedException incorrect() {
        return new NotAuthorizedException(INCORRECT);
    }

    private Uni<Boolean> previousMatches(UserAccountEntity user, String previous) {
        if (user.passwordHash == null) {
            return Uni.createFrom().item(previous == null);
        }
        if (previous == null) {
            return Uni.createFrom().item(false);
        }
        return hasher.verify(previous, user.passwordHash);
    }

    private Uni<Void> changed(UserAccountEntity user, String proposed, Instant now) {
        return setPassword(user, proposed, now)
                .chain(() -> PasswordChangedEvents.appendByUser(outbox, user, now));
    }

    /** Stores the new permanent password; the one place ChangePassword writes password state. */
    private Uni<Void> setPassword(UserAccountEntity user, String password, Instant now) {
        return userPasswords.set(user, password, false, now).replaceWithVoid();
    }
}
