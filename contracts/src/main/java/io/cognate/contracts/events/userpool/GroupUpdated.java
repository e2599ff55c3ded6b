package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/** A group's description, precedence or role changed. */
public record GroupUpdated(EventMetadata metadata, String userPoolId, String groupName)
        implements UserPoolConfigEvent {}
