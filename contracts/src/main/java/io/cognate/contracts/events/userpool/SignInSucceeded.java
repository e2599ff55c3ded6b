package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/**
 * A user completed a sign-in and received tokens.
 *
 * @param authFlow the {@code AuthFlow} the sign-in started with, e.g. {@code USER_SRP_AUTH}
 * @param originJti the token lineage the sign-in started (revocation and refresh refer to it)
 * @param sourceIp the caller's address as the service saw it
 */
public record SignInSucceeded(
        EventMetadata metadata,
        String userPoolId,
        String sub,
        String username,
        String clientId,
        String authFlow,
        String originJti,
        String sourceIp)
        implements SignInEvent {

    @Override
    public String aggregateId() {
        return sub;
    }
}
