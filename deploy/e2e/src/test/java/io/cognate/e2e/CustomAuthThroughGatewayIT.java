package io.cognate.e2e;

import static io.cognate.e2e.TriggerReceiver.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.contracts.srp.SrpClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * CUSTOM_AUTH through the gateway with the AWS SDK, its Define/Create/VerifyAuthChallengeResponse
 * triggers played by webhooks the test runs on 127.0.0.1 (allowed by the suite's trigger settings,
 * calls signed with the suite's key): the exact event JSON and Cognito's {@code session} array,
 * with and without SRP first.
 */
@ExtendWith(SharedSuite.class)
class CustomAuthThroughGatewayIT {

    private static final LocalSuite SUITE = SharedSuite.SUITE;
    private static final String PASSWORD = "Custom-Gateway-Pa55word!";

    private static CognitoIdentityProviderClient cognito;
    private static TriggerReceiver receiver;
    private static String poolId;
    private static String clientId;

    @BeforeAll
    static void launch() throws Exception {
        cognito = GatewayClients.cognito(GatewayClients.root(SUITE.rootCredentials()));
        receiver = new TriggerReceiver();
        QuestionChallenge.serve(receiver);
        poolId =
                cognito.createUserPool(
                                r ->
                                        r.poolName("custom-auth-e2e")
                                                .lambdaConfig(
                                                        l ->
                                                                l.defineAuthChallenge(
                                                                                receiver.url(
                                                                                        QuestionChallenge
                                                                                                .DEFINE))
                                                                        .createAuthChallenge(
                                                                                receiver.url(
                                                                                        QuestionChallenge
                                                                                                .CREATE))
                                                                        .verifyAuthChallengeResponse(
                                                                                receiver.url(
                                                                                        QuestionChallenge
                                                                                                .VERIFY))))
                        .userPool()
                        .id();
        clientId =
                cognito.createUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientName("custom-app")
                                                // as the console creates clients: the trigger
                                                // events then carry userNotFound
                                                .preventUserExistenceErrors(
                                                        PreventUserExistenceErrorTypes.ENABLED)
                                                .explicitAuthFlows(
                                                        ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH,
                                                        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_REFRESH_TOKEN_AUTH))
                        .userPoolClient()
                        .clientId();
    }

    @AfterAll
    static void shutdown() throws Exception {
        for (AutoCloseable open : new AutoCloseable[] {receiver, cognito}) {
            if (open != null) {
                open.close();
            }
        }
    }

    @Test
    void customAuthWhenWrongThenRightAnswerThenTokensAndTriggersSawCognitosEvents() {
        String username = user();
        String sub = sub(username);
        var first =
                cognito.initiateAuth(
                        r ->
                                r.clientId(clientId)
                                        .authFlow(AuthFlowType.CUSTOM_AUTH)
                                        .authParameters(Map.of("USERNAME", username)));
        assertThat(first.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
        assertThat(first.challengeParameters())
                .isEqualTo(Map.of("question", "6 x 7?", "USERNAME", username));

        var second = answer(username, first.session(), "41");
        assertThat(second.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
        var tokens = answer(username, second.session(), QuestionChallenge.ANSWER);

        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
        List<JsonNode> define = events(QuestionChallenge.DEFINE, username);
        assertThat(define).hasSize(3);
        assertThat(define.get(0))
                .isEqualTo(
                        json(
                                ("{\"version\":\"1\","
                                                + "\"triggerSource\":\"DefineAuthChallenge_Authentication\","
                                                + "\"region\":\"us-east-1\",\"userPoolId\":\"%s\","
                                                + "\"userName\":\"%s\",\"callerContext\":"
                                                + "{\"awsSdkVersion\":\"aws-sdk-unknown-unknown\","
                                                + "\"clientId\":\"%s\"},\"request\":{\"userAttributes\":"
                                                + "{\"sub\":\"%s\",\"email\":\"%s@example.com\","
                                                + "\"cognito:user_status\":\"CONFIRMED\"},"
                                                + "\"session\":[],\"userNotFound\":false},"
                                                + "\"response\":{\"challengeName\":null,"
                                                + "\"issueTokens\":null,\"failAuthentication\":null}}")
                                        .formatted(poolId, username, clientId, sub, username)));
        assertThat(define.get(2).at("/request/session"))
                .isEqualTo(
                        json(
                                "[{\"challengeName\":\"CUSTOM_CHALLENGE\",\"challengeResult\":false,"
                                        + "\"challengeMetadata\":\"QUESTION-0\"},"
                                        + "{\"challengeName\":\"CUSTOM_CHALLENGE\","
                                        + "\"challengeResult\":true,"
                                        + "\"challengeMetadata\":\"QUESTION-1\"}]"));
        assertThat(events(QuestionChallenge.CREATE, username))
                .extracting(e -> e.path("triggerSource").asText())
                .containsExactly(
                        "CreateAuthChallenge_Authentication", "CreateAuthChallenge_Authentication");
        assertThat(events(QuestionChallenge.VERIFY, username))
                .extracting(e -> e.at("/request/challengeAnswer").asText())
                .containsExactly("41", QuestionChallenge.ANSWER);
        assertThat(
                        events(QuestionChallenge.VERIFY, username)
                                .get(0)
                                .at("/request/privateChallengeParameters"))
                .isEqualTo(json("{\"answer\":\"42\"}"));
    }

    @Test
    void customAuthWhenThreeWrongAnswersThenDefineFailsItAndNotAuthorized() {
        String username = user();
        String session =
                cognito.initiateAuth(
                                r ->
                                        r.clientId(clientId)
                                                .authFlow(AuthFlowType.CUSTOM_AUTH)
                                                .authParameters(Map.of("USERNAME", username)))
                        .session();
        session = answer(username, session, "1").session();
        String last = answer(username, session, "2").session();

        assertThatThrownBy(() -> answer(username, last, "3"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
        List<JsonNode> define = events(QuestionChallenge.DEFINE, username);
        assertThat(define.get(define.size() - 1).at("/request/session"))
                .hasSize(3)
                .allMatch(round -> !round.path("challengeResult").asBoolean());
    }

    @Test
    void customAuthWithSrpFirstWhenPasswordRightThenPasswordVerifierJoinsTheSession() {
        String username = user();
        SrpClient srp = SrpClient.random();
        var verifier =
                cognito.initiateAuth(
                        r ->
                                r.clientId(clientId)
                                        .authFlow(AuthFlowType.CUSTOM_AUTH)
                                        .authParameters(
                                                Map.of(
                                                        "USERNAME",
                                                        username,
                                                        "SRP_A",
                                                        srp.srpA(),
                                                        "CHALLENGE_NAME",
                                                        "SRP_A")));
        assertThat(verifier.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
        assertThat(verifier.session()).isNotBlank();

        Map<String, String> proof =
                srp.passwordVerifierResponses(
                        poolId, verifier.challengeParameters(), PASSWORD, SrpClient.timestamp());
        var custom =
                cognito.respondToAuthChallenge(
                        r ->
                                r.clientId(clientId)
                                        .challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                                        .session(verifier.session())
                                        .challengeResponses(proof));
        assertThat(custom.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
        var tokens = answer(username, custom.session(), QuestionChallenge.ANSWER);

        assertThat(tokens.authenticationResult().idToken()).isNotBlank();
        List<JsonNode> define = events(QuestionChallenge.DEFINE, username);
        assertThat(define).hasSize(3);
        assertThat(define.get(0).at("/request/session"))
                .isEqualTo(
                        json(
                                "[{\"challengeName\":\"SRP_A\",\"challengeResult\":true,"
                                        + "\"challengeMetadata\":null}]"));
        assertThat(define.get(2).at("/request/session"))
                .isEqualTo(
                        json(
                                "[{\"challengeName\":\"SRP_A\",\"challengeResult\":true,"
                                        + "\"challengeMetadata\":null},"
                                        + "{\"challengeName\":\"PASSWORD_VERIFIER\","
                                        + "\"challengeResult\":true,\"challengeMetadata\":null},"
                                        + "{\"challengeName\":\"CUSTOM_CHALLENGE\","
                                        + "\"challengeResult\":true,"
                                        + "\"challengeMetadata\":\"QUESTION-2\"}]"));
        assertThat(events(QuestionChallenge.CREATE, username)).hasSize(1);
    }

    @Test
    void amplifyWhenCustomAuthWithPasswordThenSrpFirstThenCustomChallengeThenTokens()
            throws Exception {
        String username = user();
        Map<String, Object> input =
                AmplifyScripts.signIn(poolId, clientId, username, PASSWORD, "CUSTOM_AUTH");
        input.put("answers", List.of(QuestionChallenge.ANSWER));

        JsonNode result = AmplifyScripts.run("custom-auth.js", input);

        assertThat(result.path("error").isMissingNode()).as("error: %s", result).isTrue();
        assertThat(AmplifyScripts.calls(result))
                .containsExactly(
                        "InitiateAuth CUSTOM_AUTH",
                        "RespondToAuthChallenge PASSWORD_VERIFIER",
                        "RespondToAuthChallenge CUSTOM_CHALLENGE");
        assertThat(result.at("/challenges/0/question").asText()).isEqualTo("6 x 7?");
        assertThat(result.at("/tokens/accessToken").asText()).isNotBlank();
    }

    private String user() {
        String username = "custom-user-" + System.nanoTime();
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

    private static String sub(String username) {
        return cognito
                .adminGetUser(r -> r.userPoolId(poolId).username(username))
                .userAttributes()
                .stream()
                .filter(a -> a.name().equals("sub"))
                .map(AttributeType::value)
                .findFirst()
                .orElseThrow();
    }

    private static RespondToAuthChallengeResponse answer(
            String username, String session, String answer) {
        return cognito.respondToAuthChallenge(
                r ->
                        r.clientId(clientId)
                                .challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
                                .session(session)
                                .challengeResponses(
                                        Map.of("USERNAME", username, "ANSWER", answer)));
    }

    /** The events {@code trigger} received about {@code username}, each signature verified. */
    private static List<JsonNode> events(String trigger, String username) {
        List<TriggerReceiver.Call> calls =
                receiver.calls(trigger, poolId).stream()
                        .filter(c -> username.equals(c.event().path("userName").asText()))
                        .toList();
        assertThat(calls).allMatch(TriggerReceiver.Call::signed, "signed by Cognate");
        return calls.stream().map(TriggerReceiver.Call::event).toList();
    }
}
