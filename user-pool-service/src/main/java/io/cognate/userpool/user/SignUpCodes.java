package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.platform.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The confirmation codes of {@link SignUps}: sent to the attribute the pool auto-verifies, through
 * CustomMessage, as a CodeDeliveryRequested in the caller's transaction; resent on request under
 * the user's throttle.
 */
@ApplicationScoped
class SignUpCodes {

    private final UserCodes codes;
    private final UnknownUsers unknown;
    private final UserThrottles throttles;
    private final Outbox outbox;
    private final CustomMessages messages;

    SignUpCodes(
            UserCodes codes,
            UnknownUsers unknown,
            UserThrottles throttles,
            Outbox outbox,
            CustomMessages messages) {
        this.codes = codes;
        this.unknown = unknown;
        this.throttles = throttles;
        this.outbox = outbox;
        this.messages = messages;
    }

    /**
     * A new code for an UNCONFIRMED user; for an unknown {@code user} (null), what {@link
     * UnknownUsers} answers.
     */
    Uni<CodeDeliveryDetails> resend(
            PoolRules pool,
            AppClient client,
            String username,
            UserAccountEntity user,
            Instant now) {
        String medium = AutoVerification.medium(pool).orElseThrow(SignUpCodes::notAutoVerified);
        if (user == null) {
            return unknown.answer(client, username, () -> Destinations.plausible(username, medium));
        }
        if (user.status != UserStatus.UNCONFIRMED) {
            throw new InvalidParameterException("User is already confirmed.");
        }
        return throttles
                .acquire(user, UserThrottles.Action.RESEND_CONFIRMATION_CODE, now)
                .chain(
                        () ->
                                send(
                                        pool,
                                        user,
                                        client.clientId(),
                                        CustomMessages.RESEND_CODE,
                                        null,
                                        now))
                .map(sent -> sent.orElseThrow(SignUpCodes::notAutoVerified));
    }

    /** Empty when the user has no attribute the pool auto-verifies. */
    Uni<Optional<CodeDeliveryDetails>> send(
            PoolRules pool,
            UserAccountEntity user,
            String clientId,
            String messageSource,
            Map<String, String> clientMetadata,
            Instant now) {
        Optional<String> target = AutoVerification.target(pool, user.attributes);
        if (target.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return codes.issue(pool.userPoolId(), user.sub, SignUps.PURPOSE, SignUps.CODE_LIFETIME, now)
                .chain(
                        code -> {
                            var delivery =
                                    Deliveries.confirmation(
                                            pool,
                                            user,
                                            target.get(),
                                            code,
                                            () -> outbox.metadata(CodeDeliveryEvent.TOPIC, now));
                            return messages.apply(
                                            user,
                                            clientId,
                                            messageSource,
                                            null,
                                            clientMetadata,
                                            delivery)
                                    .call(outbox::append)
                                    .map(sent -> Optional.of(CodeDeliveryDetails.of(sent)));
                        });
    }

    private static InvalidParameterException notAutoVerified() {
        return new InvalidParameterException(SignUps.NO_AUTO_VERIFICATION);
    }
}
