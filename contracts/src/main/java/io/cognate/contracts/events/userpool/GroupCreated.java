package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/** A group was created in a pool. */
public record GroupCreated(EventMetadata metadata, String userPoolId, String groupName)
        implements UserPoolConfigEvent {}
