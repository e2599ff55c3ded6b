package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/** A user was deleted (by an administrator, by themself, or with their pool). */
public record UserDeleted(EventMetadata metadata, String userPoolId, String sub, String username)
        implements UserEvent {}
