package io.cognate.userpool.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.WebhookReceiver;
import io.cognate.userpool.testing.WebhookReceiver.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * A pool whose three custom-auth triggers are the test's {@link WebhookReceiver}, playing a
 * question-and-answer challenge as the usual Lambda samples do: Define asks a CUSTOM_CHALLENGE
 * first (or PASSWORD_VERIFIER after SRP_A), issues tokens after a right answer and fails after
 * three wrong ones or a wrong password; Create asks "6 x 7?" with the answer {@code 42} in the
 * private parameters and {@code QUESTION-<rounds>} as metadata; Verify compares.
 */
final class CustomAuthFixture implements AutoCloseable {

    static final String PASSWORD = SignInFixture.PASSWORD;
    static final String ANSWER = "42";

    private static final ObjectMapper JSON = new ObjectMapper();

    final CognitoIdentityProviderClient cognito;
    final String poolId;
    final String clientId;
    final String legacyClientId;

    CustomAuthFixture(URI endpoint) {
        cognito = CognitoClients.root(endpoint);
        poolId =
                cognito.createUserPool(
                                r ->
                                        r.poolName("custom-" + UUID.randomUUID())
                                                .lambdaConfig(
                                                        l ->
                                                                l.defineAuthChallenge(
                                                                                arn(
                                                                                        ChallengeTriggers
                                                                                                .DEFINE))
                                                                        .createAuthChallenge(
                                                                                arn(
                                                                                        ChallengeTriggers
                                                                                                .CREATE))
                                                                        .verifyAuthChallengeResponse(
                                                                                arn(
                                                                                        ChallengeTriggers
                                                                                                .VERIFY))))
                        .userPool()
                        .id();
        clientId = client(PreventUserExistenceErrorTypes.ENABLED);
        legacyClientId = client(PreventUserExistenceErrorTypes.LEGACY);
        WebhookReceiver.answer(ChallengeTriggers.DEFINE, CustomAuthFixture::define);
        WebhookReceiver.answer(ChallengeTriggers.CREATE, CustomAuthFixture::create);
        WebhookReceiver.answer(ChallengeTriggers.VERIFY, CustomAuthFixture::verify);
    }

    private String client(PreventUserExistenceErrorTypes prevent) {
        return cognito.createUserPoolClient(
                        r ->
                                r.userPoolId(poolId)
                                        .clientName("app")
                                        .preventUserExistenceErrors(prevent)
                                        .explicitAuthFlows(
                                                ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH,
                                                ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                                                ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
                .userPoolClient()
                .clientId();
    }

    static String arn(String trigger) {
        return WebhookReceiver.functionArn(trigger);
    }

    /** A CONFIRMED user with {@link #PASSWORD} and an email. */
    String confirmedUser() {
        String username = "user-" + UUID.randomUUID();
        cognito.adminCreateUser(
                r ->
                        r.userPoolId(poolId)
                                .username(username)
                                .messageAction("SUPPRESS")
                                .userAttributes(
                                        a -> a.name("email").value(username + "@example.com")));
        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username(username).password(PASSWORD).permanent(true));
        return username;
    }

    /** InitiateAuth CUSTOM_AUTH for {@code username} through the hiding client. */
    InitiateAuthResponse start(String username) {
        return cognito.initiateAuth(
                r ->
                        r.clientId(clientId)
                                .authFlow(AuthFlowType.CUSTOM_AUTH)
                                .authParameters(Map.of("USERNAME", username)));
    }

    /** Answers the CUSTOM_CHALLENGE of {@code session} through the hiding client. */
    RespondToAuthChallengeResponse answer(String username, String session, String answer) {
        return cognito.respondToAuthChallenge(
                r ->
                        r.clientId(clientId)
                                .challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
                                .session(session)
                                .challengeResponses(
                                        Map.of("USERNAME", username, "ANSWER", answer)));
    }

    /** The events {@code trigger} received for this pool, oldest first. */
    List<JsonNode> events(String trigger) {
        return WebhookReceiver.received(trigger, poolId).stream()
                .map(WebhookReceiver.Received::event)
                .toList();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Reply define(WebhookReceiver.Received received) {
        ObjectNode event = (ObjectNode) received.event();
        ArrayNode session = (ArrayNode) event.path("request").path("session");
        ObjectNode response = event.putObject("response");
        JsonNode last = session.isEmpty() ? null : session.get(session.size() - 1);
        long wrong = 0;
        for (JsonNode round : session) {
            if (round.path("challengeName").asText().equals("CUSTOM_CHALLENGE")
                    && !round.path("challengeResult").asBoolean()) {
                wrong++;
            }
        }
        if (last == null) {
            challenge(response, "CUSTOM_CHALLENGE");
        } else if (last.path("challengeName").asText().equals("SRP_A")) {
            challenge(response, "PASSWORD_VERIFIER");
        } else if (last.path("challengeResult").asBoolean()
                && last.path("challengeName").asText().equals("PASSWORD_VERIFIER")) {
            challenge(response, "CUSTOM_CHALLENGE");
        } else if (last.path("challengeResult").asBoolean()) {
            response.put("issueTokens", true).put("failAuthentication", false);
        } else if (last.path("challengeName").asText().equals("CUSTOM_CHALLENGE") && wrong < 3) {
            challenge(response, "CUSTOM_CHALLENGE");
        } else {
            response.put("issueTokens", false).put("failAuthentication", true);
        }
        return Reply.json(200, event);
    }

    private static void challenge(ObjectNode response, String name) {
        response.put("challengeName", name)
                .put("issueTokens", false)
                .put("failAuthentication", false);
    }

    static Reply create(WebhookReceiver.Received received) {
        ObjectNode event = (ObjectNode) received.event();
        int rounds = event.path("request").path("session").size();
        ObjectNode response = event.putObject("response");
        response.putObject("publicChallengeParameters").put("question", "6 x 7?");
        response.putObject("privateChallengeParameters").put("answer", ANSWER);
        response.put("challengeMetadata", "QUESTION-" + rounds);
        return Reply.json(200, event);
    }

    static Reply verify(WebhookReceiver.Received received) {
        ObjectNode event = (ObjectNode) received.event();
        JsonNode request = event.path("request");
        boolean correct =
                request.path("challengeAnswer")
                        .asText()
                        .equals(request.path("privateChallengeParameters").path("answer").asText());
        event.putObject("response").put("answerCorrect", correct);
        return Reply.json(200, event);
    }

    @Override
    public void close() {
        WebhookReceiver.reset();
        cognito.close();
    }
}
