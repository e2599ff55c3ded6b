package io.cognate.userpool.token.events;

import io.cognate.contracts.events.EventMetadata;

/**
 * New ID and access tokens were minted from a refresh token.
 *
 * @param originJti the sign-in lineage (refresh-token family)
 * @param rotated true when a new refresh token replaced the presented one
 */
public record TokensRefreshed(
        EventMetadata metadata,
        String userPoolId,
        String sub,
        String username,
        String clientId,
        String originJti,
        boolean rotated)
        implements TokenEvent {}
