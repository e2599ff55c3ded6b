package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/** A disabled user was enabled again. */
public record UserEnabled(EventMetadata metadata, String userPoolId, String sub, String username)
        implements UserEvent {}
