package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/**
 * Every session of a user ended: all refresh tokens revoked, access tokens refused from now on.
 *
 * @param initiatedBy {@code USER} for GlobalSignOut, {@code ADMIN} for AdminUserGlobalSignOut
 */
public record SignedOut(
        EventMetadata metadata, String userPoolId, String sub, String username, String initiatedBy)
        implements SignInEvent {

    @Override
    public String aggregateId() {
        return sub;
    }
}
