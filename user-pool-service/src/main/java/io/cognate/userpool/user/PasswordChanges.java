package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.events.userpool.PasswordChanged;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.password.PasswordHasher;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The user directory's port for ChangePassword: a signed-in user replaces their password, proving
 * the previous one, under the pool's policy. Call inside the caller's {@code @WithTransaction}.
 */
@ApplicationScoped
public class PasswordChanges {

    static final String INCORRECT = "Incorrect username or password.";

    private final UserPoolRepository pools;
    private final PasswordHasher hasher;
    private final Outbox outbox;

    PasswordChanges(UserPoolRepository pools, PasswordHasher hasher, Outbox outbox) {
        this.pools = pools;
        this.hasher = hasher;
        this.outbox = outbox;
    }

    /**
     * InvalidPasswordException when {@code proposed} breaks the pool's policy;
     * NotAuthorizedException ("Incorrect username or password.") when {@code previous} is wrong, or
     * missing although the user has a password (the model makes it optional for passwordless users
     * only).
     */
    public Uni<Void> change(UserAccountEntity user, String previous, String proposed, Instant now) {
        return pools.require(user.userPoolId)
                .map(PoolRules::of)
                .invoke(pool -> pool.passwordPolicy().check(proposed))
                .chain(() -> previousMatches(user, previous))
                .invoke(
                        matches -> {
                            if (!matches) {
                                throw new NotAuthorizedException(INCORRECT);
                            }
                        })
                .chain(() -> setPassword(user, proposed, now))
                .chain(
                        () ->
                                outbox.append(
                                        new PasswordChanged(
                                                outbox.metadata(UserEvent.TOPIC, now),
                                                user.userPoolId,
                                                user.sub.toString(),
                                                user.username,
                                                true,
                                                "USER")));
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

    /** Stores the new permanent password; the one place ChangePassword writes password state. */
    private Uni<Void> setPassword(UserAccountEntity user, String password, Instant now) {
        return hasher.hash(password)
                .invoke(
                        hash -> {
                            user.passwordHash = hash;
                            user.passwordTemporary = false;
                            user.passwordChangedAt = now;
                            user.lastModifiedAt = now;
                        })
                .replaceWithVoid();
    }
}
