package io.cognate.userpool.auth;

import io.cognate.userpool.token.AuthenticationResultType;
import java.util.List;
import java.util.Map;

/**
 * What InitiateAuth, AdminInitiateAuth and both RespondToAuthChallenge operations answer: either a
 * next challenge (name, parameters and usually a {@code Session}) or the tokens.
 */
public record AuthStep(
        String challengeName,
        String session,
        Map<String, String> challengeParameters,
        AuthenticationResultType authenticationResult,
        List<String> availableChallenges) {

    static AuthStep challenge(String name, String session, Map<String, String> parameters) {
        return new AuthStep(name, session, parameters, null, null);
    }

    static AuthStep tokens(AuthenticationResultType result) {
        // Cognito answers an empty ChallengeParameters object alongside the tokens.
        return new AuthStep(null, null, Map.of(), result, null);
    }

    /** Never prints the session or the tokens. */
    @Override
    public String toString() {
        return "AuthStep[challengeName=%s]".formatted(challengeName);
    }
}
