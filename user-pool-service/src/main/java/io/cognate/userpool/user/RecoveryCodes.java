package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.contracts.events.userpool.PasswordResetRequested;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.platform.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The reset codes of {@link Recoveries}: issued to a user who may reset, recorded as
 * PasswordResetRequested and sent through CustomMessage to a verified contact the pool's
 * AccountRecoverySetting allows; for an unknown user, where one would plausibly have gone.
 */
@ApplicationScoped
class RecoveryCodes {

    private final UserCodes codes;
    private final Outbox outbox;
    private final CustomMessages messages;

    RecoveryCodes(UserCodes codes, Outbox outbox, CustomMessages messages) {
        this.codes = codes;
        this.outbox = outbox;
        this.messages = messages;
    }

    Uni<CodeDeliveryDetails> send(
            PoolRules pool,
            UserAccountEntity user,
            String clientId,
            Map<String, String> clientMetadata,
            Instant now) {
        requireResettable(user);
        return codes.issue(
                        user.userPoolId,
                        user.sub,
                        AdminResetUserPassword.PURPOSE,
                        AdminResetUserPassword.CODE_LIFETIME,
                        now)
                .chain(
                        code -> {
                            // Without a contact the transaction rolls back and the code with it.
                            var delivery =
                                    Deliveries.passwordReset(
                                                    pool,
                                                    user,
                                                    code,
                                                    () ->
                                                            outbox.metadata(
                                                                    CodeDeliveryEvent.TOPIC, now))
                                            .orElseThrow(
                                                    () ->
                                                            new InvalidParameterException(
                                                                    Recoveries.NO_CONTACT));
                            return outbox.append(requested(user, now))
                                    .chain(
                                            () ->
                                                    messages.apply(
                                                            user,
                                                            clientId,
                                                            CustomMessages.FORGOT_PASSWORD,
                                                            null,
                                                            clientMetadata,
                                                            delivery))
                                    .call(outbox::append)
                                    .map(CodeDeliveryDetails::of);
                        });
    }

    /** Refuses a disabled user, or one who has never set a password of their own. */
    static void requireResettable(UserAccountEntity user) {
        if (!user.enabled) {
            throw new NotAuthorizedException("User is disabled.");
        }
        if (user.status == UserStatus.FORCE_CHANGE_PASSWORD) {
            throw new NotAuthorizedException("User password cannot be reset in the current state.");
        }
    }

    /** Where a reset code for an unknown user would plausibly have gone. */
    static CodeDeliveryDetails plausible(PoolRules pool, String username) {
        List<String> mechanisms = RecoveryMechanisms.of(pool);
        if (mechanisms.isEmpty()) {
            throw new InvalidParameterException(Recoveries.NO_CONTACT);
        }
        boolean email =
                mechanisms.contains("verified_email")
                        && (AttributeRules.EMAIL.matcher(username).matches()
                                || mechanisms.get(0).equals("verified_email"));
        return Destinations.plausible(username, email ? "EMAIL" : "SMS");
    }

    private PasswordResetRequested requested(UserAccountEntity user, Instant now) {
        return new PasswordResetRequested(
                outbox.metadata(UserEvent.TOPIC, now),
                user.userPoolId,
                user.sub.toString(),
                user.username,
                "USER");
    }
}
