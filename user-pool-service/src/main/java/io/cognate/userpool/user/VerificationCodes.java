package io.cognate.userpool.user;

import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.userpool.platform.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Issues attribute verification codes (24 hours, single use, stored hashed by {@link UserCodes})
 * and remembers in {@link VerificationTargets} which value each went to. Call inside the caller's
 * transaction.
 */
@ApplicationScoped
class VerificationCodes {

    /** Cognito's lifetime of an attribute verification code. */
    static final Duration CODE_LIFETIME = Duration.ofHours(24);

    private final UserCodes codes;
    private final VerificationTargets targets;
    private final Outbox outbox;
    private final CustomMessages messages;

    VerificationCodes(
            UserCodes codes, VerificationTargets targets, Outbox outbox, CustomMessages messages) {
        this.messages = messages;
        this.codes = codes;
        this.targets = targets;
        this.outbox = outbox;
    }

    /** The {@link UserCodes} purpose of an attribute's verification codes. */
    static String purpose(String attribute) {
        return "VERIFY_" + attribute.toUpperCase(Locale.ROOT);
    }

    /**
     * Sends a code for {@code value}, replacing the attribute's previous one.
     *
     * @param caller the signed-in caller's app client and ClientMetadata, for the CustomMessage
     *     event ({@link Caller#ADMIN} when none)
     */
    Uni<CodeDeliveryDetails> send(
            PoolRules pool,
            UserAccountEntity user,
            String attribute,
            String value,
            boolean pending,
            String messageSource,
            Caller caller,
            Instant now) {
        return codes.issue(user.userPoolId, user.sub, purpose(attribute), CODE_LIFETIME, now)
                .call(() -> targets.record(user, attribute, value, pending, now))
                .chain(
                        code -> {
                            var delivery =
                                    Deliveries.attributeVerification(
                                            pool,
                                            user,
                                            attribute,
                                            value,
                                            code,
                                            () -> outbox.metadata(CodeDeliveryEvent.TOPIC, now));
                            return messages.apply(
                                            user,
                                            caller.clientId(),
                                            messageSource,
                                            null,
                                            caller.clientMetadata(),
                                            delivery)
                                    .call(outbox::append)
                                    .map(CodeDeliveryDetails::of);
                        });
    }

    /** Drops the attribute's live code and pending value (its value changed or went away). */
    Uni<Void> forget(UserAccountEntity user, String attribute) {
        return codes.revoke(user.userPoolId, user.sub, purpose(attribute))
                .call(() -> targets.forget(user.userPoolId, user.sub, attribute));
    }
}
