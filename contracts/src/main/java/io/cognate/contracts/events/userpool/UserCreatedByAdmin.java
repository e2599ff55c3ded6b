package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/**
 * An administrator created a user (AdminCreateUser); the user must change the temporary password.
 */
public record UserCreatedByAdmin(
        EventMetadata metadata, String userPoolId, String sub, String username)
        implements UserEvent {}
