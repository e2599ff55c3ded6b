package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.DomainEvent;

/**
 * Changes to one user of a pool; keyed by the user's {@code sub} so a user's events stay ordered.
 */
public sealed interface UserEvent extends DomainEvent
        permits UserSignedUp,
                UserConfirmed,
                UserCreatedByAdmin,
                UserAttributesUpdated,
                UserDisabled,
                UserEnabled,
                UserDeleted,
                PasswordResetRequested,
                PasswordChanged,
                GroupMembershipChanged {

    String TOPIC = "cognate.userpool.user.v1";

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
