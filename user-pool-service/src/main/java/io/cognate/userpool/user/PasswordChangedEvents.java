package io.cognate.userpool.user;

import io.cognate.contracts.events.userpool.PasswordChanged;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.platform.Outbox;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

/**
 * Appends the PasswordChanged event, in the caller's transaction, for every path that sets a
 * password: the user setting a permanent one (ChangePassword, ConfirmForgotPassword,
 * NEW_PASSWORD_REQUIRED) or an administrator (AdminSetUserPassword, AdminCreateUser's RESEND).
 */
final class PasswordChangedEvents {

    private PasswordChangedEvents() {}

    /** The user set a permanent password. */
    static Uni<Void> appendByUser(Outbox outbox, UserAccountEntity user, Instant now) {
        return append(outbox, user, true, "USER", now);
    }

    /** An administrator set a password, temporary unless {@code permanent}. */
    static Uni<Void> appendByAdmin(
            Outbox outbox, UserAccountEntity user, boolean permanent, Instant now) {
        return append(outbox, user, permanent, "ADMIN", now);
    }

    private static Uni<Void> append(
            Outbox outbox,
            UserAccountEntity user,
            boolean permanent,
            String changedBy,
            Instant now) {
        return outbox.append(
                new PasswordChanged(
                        outbox.metadata(UserEvent.TOPIC, now),
                        user.userPoolId,
                        user.sub.toString(),
                        user.username,
                        permanent,
                        changedBy));
    }
}
