package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/**
 * A refresh token was redeemed for new ID and access tokens.
 *
 * @param rotated true when a new refresh token replaced the redeemed one
 */
public record TokensRefreshed(
        EventMetadata metadata,
        String userPoolId,
        String sub,
        String username,
        String clientId,
        String originJti,
        boolean rotated)
        implements SignInEvent {

    @Override
    public String aggregateId() {
        return sub;
    }
}
