package io.cognate.userpool.user;

import io.cognate.userpool.platform.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * A reset code redeemed for {@link Recoveries}: under the user's ConfirmForgotPassword throttle,
 * single use; a right code sets the new password, confirms the user and records PasswordChanged.
 */
@ApplicationScoped
class RecoveryRedemptions {

    private final UserCodes codes;
    private final UserPasswords passwords;
    private final UserThrottles throttles;
    private final Outbox outbox;

    RecoveryRedemptions(
            UserCodes codes, UserPasswords passwords, UserThrottles throttles, Outbox outbox) {
        this.codes = codes;
        this.passwords = passwords;
        this.throttles = throttles;
        this.outbox = outbox;
    }

    Uni<UserCodes.Redemption> redeem(
            UserAccountEntity user, String code, String password, Instant now) {
        RecoveryCodes.requireResettable(user);
        return throttles
                .acquire(user, UserThrottles.Action.CONFIRM_FORGOT_PASSWORD, now)
                .chain(
                        () ->
                                codes.redeem(
                                        user.userPoolId,
                                        user.sub,
                                        AdminResetUserPassword.PURPOSE,
                                        code,
                                        now))
                .call(
                        outcome ->
                                outcome == UserCodes.Redemption.ACCEPTED
                                        ? changePassword(user, password, now)
                                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> changePassword(UserAccountEntity user, String password, Instant now) {
        return passwords
                .set(user, password, false, now)
                .chain(
                        ignored -> {
                            user.status = UserStatus.CONFIRMED;
                            return PasswordChangedEvents.appendByUser(outbox, user, now);
                        });
    }
}
