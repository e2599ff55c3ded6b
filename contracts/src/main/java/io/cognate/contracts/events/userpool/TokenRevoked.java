package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/**
 * One sign-in lineage was revoked: its refresh token and every access token minted from it.
 *
 * @param reason {@code REVOKE_TOKEN} (the client asked) or {@code REUSE_DETECTED} (a rotated
 *     refresh token was presented again, so the whole family is revoked)
 */
public record TokenRevoked(
        EventMetadata metadata,
        String userPoolId,
        String sub,
        String clientId,
        String originJti,
        String reason)
        implements SignInEvent {

    @Override
    public String aggregateId() {
        return sub;
    }
}
