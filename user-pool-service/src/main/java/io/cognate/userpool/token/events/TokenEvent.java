package io.cognate.userpool.token.events;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.userpool.UserEvent;

/**
 * Token lifecycle events about one user, on the user topic and keyed by {@code sub} like the other
 * user events, so a user's sign-outs stay ordered with the rest. They live here until they move to
 * contracts and join {@link UserEvent}'s permitted events. None carries a token.
 */
public sealed interface TokenEvent extends DomainEvent
        permits TokensRefreshed, SignedOut, TokenRevoked {

    String TOPIC = UserEvent.TOPIC;

    /** The pool the user belongs to (the tenant key). */
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
