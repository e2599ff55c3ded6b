package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.DomainEvent;

/** Changes to a user pool's configuration, its app clients and groups; keyed by user pool id. */
public sealed interface UserPoolConfigEvent extends DomainEvent
        permits UserPoolCreated,
                UserPoolUpdated,
                UserPoolDeleted,
                UserPoolClientCreated,
                UserPoolClientUpdated,
                UserPoolClientDeleted,
                GroupCreated,
                GroupUpdated,
                GroupDeleted {

    String TOPIC = "cognate.userpool.config.v1";

    String userPoolId();

    @Override
    default String aggregateId() {
        return userPoolId();
    }

    @Override
    default String topic() {
        return TOPIC;
    }
}
