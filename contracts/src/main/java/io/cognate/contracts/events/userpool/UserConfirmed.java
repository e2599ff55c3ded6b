package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/**
 * A user's sign-up was confirmed, by the user's code ({@code SELF}) or an administrator ({@code
 * ADMIN}).
 */
public record UserConfirmed(
        EventMetadata metadata, String userPoolId, String sub, String username, String confirmedBy)
        implements UserEvent {}
