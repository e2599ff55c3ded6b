package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/**
 * Every session of a user ended: all refresh tokens revoked, access tokens refused from now on.
 *
 * @param byAdministrator true for AdminUserGlobalSignOut, false for the user's GlobalSignOut
 */
public record SignedOut(
        EventMetadata metadata,
        String userPoolId,
        String sub,
        String username,
        boolean byAdministrator)
        implements SignInEvent {

    @Override
    public String aggregateId() {
        return sub;
    }
}
