package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/**
 * A password reset began: by the user (ForgotPassword, {@code USER}) or an administrator ({@code
 * ADMIN}).
 */
public record PasswordResetRequested(
        EventMetadata metadata, String userPoolId, String sub, String username, String requestedBy)
        implements UserEvent {}
