package io.cognate.contracts.events.identitypool;

import io.cognate.contracts.events.DomainEvent;

/**
 * Changes to one identity of an identity pool, published by identity-pool-service; keyed by the
 * identity id so an identity's events stay ordered.
 */
public sealed interface IdentityEvent extends DomainEvent
        permits IdentityCreated,
                LoginLinked,
                LoginUnlinked,
                IdentitiesMerged,
                IdentityDisabled,
                IdentityDeleted {

    String TOPIC = "cognate.identitypool.identity.v1";

    /** The pool the identity belongs to (the tenant key). */
    String identityPoolId();

    String identityId();

    @Override
    default String aggregateId() {
        return identityId();
    }

    @Override
    default String topic() {
        return TOPIC;
    }
}
