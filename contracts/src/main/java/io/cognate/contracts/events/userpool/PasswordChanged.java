package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/** A user's password was set; {@code permanent} is false for temporary passwords. */
public record PasswordChanged(
        EventMetadata metadata,
        String userPoolId,
        String sub,
        String username,
        boolean permanent,
        String changedBy)
        implements UserEvent {}
