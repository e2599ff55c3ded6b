package io.cognate.userpool.token.events;

import io.cognate.contracts.events.EventMetadata;

/**
 * Every refresh token of the user was revoked and its access tokens are refused from now on.
 *
 * @param initiatedBy {@code USER} (GlobalSignOut) or {@code ADMIN} (AdminUserGlobalSignOut)
 */
public record SignedOut(
        EventMetadata metadata, String userPoolId, String sub, String username, String initiatedBy)
        implements TokenEvent {}
