package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/** A group was deleted; its members left it. */
public record GroupDeleted(EventMetadata metadata, String userPoolId, String groupName)
        implements UserPoolConfigEvent {}
