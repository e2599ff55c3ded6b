package io.cognate.userpool.token.events;

import io.cognate.contracts.events.EventMetadata;

/**
 * One sign-in lineage was revoked: its refresh tokens and the access tokens minted from them.
 *
 * @param reason {@code REVOKE_TOKEN} or {@code REFRESH_TOKEN_REUSE} (a rotated refresh token was
 *     presented again after its grace period)
 */
public record TokenRevoked(
        EventMetadata metadata,
        String userPoolId,
        String sub,
        String clientId,
        String originJti,
        String reason)
        implements TokenEvent {}
