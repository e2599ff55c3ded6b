package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.DomainEvent;

/**
 * Codes to deliver to users (confirmation, verification, password reset), for delivery services
 * only; keyed by the user's {@code sub}.
 */
public sealed interface CodeDeliveryEvent extends DomainEvent permits CodeDeliveryRequested {

    String TOPIC = "cognate.userpool.delivery.v1";

    String userPoolId();

    String sub();

    @Override
    default String aggregateId() {
        return sub();
    }

    @Override
    default String topic() {
        return TOPIC;
    }
}
