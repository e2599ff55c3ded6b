package io.cognate.userpool.auth;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.AppClient;
import java.util.Map;

/**
 * A RespondToAuthChallenge or AdminRespondToAuthChallenge request, once the engine has found the
 * client.
 *
 * @param session the {@code Session} string, null when the challenge carries none
 */
record ChallengeAnswer(
        AppClient client,
        String challengeName,
        String session,
        Map<String, String> challengeResponses,
        Map<String, String> clientMetadata,
        boolean admin,
        RequestContext context) {

    /** A ChallengeResponses value, or {@code InvalidParameterException} as Cognito words it. */
    String require(String name) {
        return AuthParameters.require(challengeResponses, name);
    }

    String optional(String name) {
        return challengeResponses == null ? null : challengeResponses.get(name);
    }

    /** Never prints the responses or the session. */
    @Override
    public String toString() {
        return "ChallengeAnswer[challengeName=%s, client=%s]"
                .formatted(challengeName, client.clientId());
    }
}
