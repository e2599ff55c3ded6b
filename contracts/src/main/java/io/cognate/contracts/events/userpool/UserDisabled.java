package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/** A user was disabled and can no longer sign in. */
public record UserDisabled(EventMetadata metadata, String userPoolId, String sub, String username)
        implements UserEvent {}
