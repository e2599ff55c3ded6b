package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/**
 * A code must reach a user: the delivery consumer (SMS gateway, email sender) sends {@code message}
 * to {@code destination}. It carries the code itself, so the topic must be readable only by
 * delivery services (Kafka ACLs); codes never appear in logs.
 *
 * @param purpose {@code SIGN_UP}, {@code FORGOT_PASSWORD}, {@code ATTRIBUTE_VERIFICATION} or {@code
 *     ADMIN_CREATE_USER}
 * @param deliveryMedium {@code EMAIL} or {@code SMS}
 */
public record CodeDeliveryRequested(
        EventMetadata metadata,
        String userPoolId,
        String sub,
        String username,
        String purpose,
        String deliveryMedium,
        String destination,
        String code,
        String subject,
        String message)
        implements CodeDeliveryEvent {

    /** Everything but the code and the message that contains it. */
    @Override
    public String toString() {
        return "CodeDeliveryRequested[userPoolId=%s, sub=%s, purpose=%s, deliveryMedium=%s]"
                .formatted(userPoolId, sub, purpose, deliveryMedium);
    }
}
