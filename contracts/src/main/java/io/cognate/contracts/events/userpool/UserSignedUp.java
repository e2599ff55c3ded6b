package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/**
 * A user signed up through an app client; {@code confirmed} when a trigger or policy confirmed them
 * at once.
 */
public record UserSignedUp(
        EventMetadata metadata,
        String userPoolId,
        String sub,
        String username,
        String clientId,
        boolean confirmed)
        implements UserEvent {}
