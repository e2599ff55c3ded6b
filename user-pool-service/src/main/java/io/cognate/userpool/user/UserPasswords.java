package io.cognate.userpool.user;

import io.cognate.userpool.password.PasswordHasher;
import io.cognate.userpool.srp.SrpVerifiers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The one way a password is set on a user, so that every path (sign-up, AdminCreateUser,
 * AdminSetUserPassword, recovery, ChangePassword, NEW_PASSWORD_REQUIRED) stores both credentials:
 * the Argon2id hash for password flows and the SRP salt and verifier for USER_SRP_AUTH. Both are
 * computed in parallel, each on its own bounded worker pool.
 */
@ApplicationScoped
public class UserPasswords {

    private final PasswordHasher hasher;
    private final SrpVerifiers verifiers;

    UserPasswords(PasswordHasher hasher, SrpVerifiers verifiers) {
        this.hasher = hasher;
        this.verifiers = verifiers;
    }

    /**
     * Sets {@code password} (already checked against the pool's policy) on {@code user}: hash, SRP
     * salt and verifier, whether it is temporary, when it changed. The status is the caller's to
     * set. Call inside the caller's transaction; {@code user.userPoolId} and {@code user.username}
     * must be set, since the SRP verifier mixes them in.
     */
    public Uni<UserAccountEntity> set(
            UserAccountEntity user, String password, boolean temporary, Instant now) {
        return Uni.combine()
                .all()
                .unis(
                        hasher.hash(password),
                        verifiers.derive(user.userPoolId, user.username, password))
                .asTuple()
                .map(
                        credentials -> {
                            user.passwordHash = credentials.getItem1();
                            user.srpSalt = credentials.getItem2().salt();
                            user.srpVerifier = credentials.getItem2().verifier();
                            user.passwordTemporary = temporary;
                            user.passwordChangedAt = now;
                            user.lastModifiedAt = now;
                            return user;
                        });
    }
}
