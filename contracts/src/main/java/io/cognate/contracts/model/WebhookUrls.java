package io.cognate.contracts.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;

/**
 * Cognate's one extension of the official models: a user pool's Lambda trigger may be an {@code
 * http(s)://} webhook URL instead of a Lambda ARN (the user-pool service calls it with the Lambda
 * event JSON). The model's {@code ArnType} pattern would refuse such a value, so for these members
 * a well-formed URL within the ARN's length limit is accepted as is; the service decides whether it
 * may call it.
 */
final class WebhookUrls {

    private static final int MAX_LENGTH = 2048;

    /** Structure shape -> its members that name a trigger function. */
    private static final Map<String, Set<String>> TRIGGER_MEMBERS =
            Map.of(
                    "LambdaConfigType",
                    Set.of(
                            "PreSignUp",
                            "CustomMessage",
                            "PostConfirmation",
                            "PreAuthentication",
                            "PostAuthentication",
                            "DefineAuthChallenge",
                            "CreateAuthChallenge",
                            "VerifyAuthChallengeResponse",
                            "PreTokenGeneration",
                            "UserMigration"),
                    "PreTokenGenerationVersionConfigType",
                    Set.of("LambdaArn"));

    private WebhookUrls() {}

    /** Whether {@code value} of {@code member} in {@code structure} is an accepted webhook URL. */
    static boolean accepts(Shape structure, String member, JsonNode value) {
        Set<String> members = TRIGGER_MEMBERS.get(structure.name());
        if (members == null || !members.contains(member) || !value.isTextual()) {
            return false;
        }
        String text = value.asText();
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getUserInfo() == null
                    && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
