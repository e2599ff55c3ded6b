package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/** A user pool and everything in it was deleted. */
public record UserPoolDeleted(EventMetadata metadata, String userPoolId, String name)
        implements UserPoolConfigEvent {}
