package io.cognate.userpool.auth;

import static io.cognate.userpool.auth.CustomAuthFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/**
 * CUSTOM_AUTH without SRP through the AWS SDK, with the three triggers played by the test's webhook
 * receiver: the exact events it gets, the session array round after round, and the answers.
 */
@QuarkusTest
class CustomAuthQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    CustomAuthFixture fixture;

    @BeforeEach
    void pool() {
        fixture = new CustomAuthFixture(endpoint);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void customAuthWhenAnswerRightThenTokensAndExactEvents() {
        String username = fixture.confirmedUser();
        String sub = sub(username);

        InitiateAuthResponse challenge = start(fixture.clientId, username);

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
        assertThat(challenge.session()).isNotBlank();
        assertThat(challenge.challengeParameters())
                .isEqualTo(Map.of("question", "6 x 7?", "USERNAME", username));

        RespondToAuthChallengeResponse tokens =
                answer(fixture.clientId, username, challenge.session(), "42");

        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
        assertThat(tokens.authenticationResult().refreshToken()).isNotBlank();
        String attributes =
                "{\"sub\":\"%s\",\"email\":\"%s@example.com\",\"cognito:user_status\":\"CONFIRMED\"}"
                        .formatted(sub, username);
        assertThat(fixture.events(ChallengeTriggers.DEFINE))
                .containsExactly(
                        event(
                                "DefineAuthChallenge_Authentication",
                                username,
                                "{\"userAttributes\":%s,\"session\":[],\"userNotFound\":false}"
                                        .formatted(attributes),
                                "{\"challengeName\":null,\"issueTokens\":null,"
                                        + "\"failAuthentication\":null}"),
                        event(
                                "DefineAuthChallenge_Authentication",
                                username,
                                ("{\"userAttributes\":%s,\"session\":[{\"challengeName\":"
                                                + "\"CUSTOM_CHALLENGE\",\"challengeResult\":true,"
                                                + "\"challengeMetadata\":\"QUESTION-0\"}],"
                                                + "\"userNotFound\":false}")
                                        .formatted(attributes),
                                "{\"challengeName\":null,\"issueTokens\":null,"
                                        + "\"failAuthentication\":null}"));
        assertThat(fixture.events(ChallengeTriggers.CREATE))
                .containsExactly(
                        event(
                                "CreateAuthChallenge_Authentication",
                                username,
                                ("{\"userAttributes\":%s,\"challengeName\":\"CUSTOM_CHALLENGE\","
                                                + "\"session\":[],\"userNotFound\":false}")
                                        .formatted(attributes),
                                "{\"publicChallengeParameters\":null,"
                                        + "\"privateChallengeParameters\":null,"
                                        + "\"challengeMetadata\":null}"));
        assertThat(fixture.events(ChallengeTriggers.VERIFY))
                .containsExactly(
                        event(
                                "VerifyAuthChallengeResponse_Authentication",
                                username,
                                ("{\"userAttributes\":%s,\"privateChallengeParameters\":"
                                                + "{\"answer\":\"42\"},\"challengeAnswer\":\"42\","
                                                + "\"userNotFound\":false}")
                                        .formatted(attributes),
                                "{\"answerCorrect\":null}"));
    }

    @Test
    void customAuthWhenWrongThenRightAnswerThenSessionGrowsAndTokens() {
        String username = fixture.confirmedUser();
        InitiateAuthResponse first = start(fixture.clientId, username);

        RespondToAuthChallengeResponse second =
                answer(fixture.clientId, username, first.session(), "41");

        assertThat(second.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
        assertThat(second.session()).isNotEqualTo(first.session());
        assertThat(fixture.events(ChallengeTriggers.CREATE).get(1).path("request").path("session"))
                .isEqualTo(
                        json(
                                "[{\"challengeName\":\"CUSTOM_CHALLENGE\",\"challengeResult\":false,"
                                        + "\"challengeMetadata\":\"QUESTION-0\"}]"));

        RespondToAuthChallengeResponse tokens =
                answer(fixture.clientId, username, second.session(), "42");

        assertThat(tokens.authenticationResult().idToken()).isNotBlank();
        assertThat(fixture.events(ChallengeTriggers.DEFINE).get(2).path("request").path("session"))
                .isEqualTo(
                        json(
                                "[{\"challengeName\":\"CUSTOM_CHALLENGE\",\"challengeResult\":false,"
                                        + "\"challengeMetadata\":\"QUESTION-0\"},"
                                        + "{\"challengeName\":\"CUSTOM_CHALLENGE\","
                                        + "\"challengeResult\":true,"
                                        + "\"challengeMetadata\":\"QUESTION-1\"}]"));
    }

    @Test
    void customAuthWhenThreeWrongAnswersThenIncorrectUsernameOrPassword() {
        String username = fixture.confirmedUser();
        String session = start(fixture.clientId, username).session();
        session = answer(fixture.clientId, username, session, "1").session();
        String last = answer(fixture.clientId, username, session, "2").session();

        assertThatThrownBy(() -> answer(fixture.clientId, username, last, "3"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
    }

    @Test
    void customAuthWhenSessionAnsweredTwiceThenInvalidSession() {
        String username = fixture.confirmedUser();
        String session = start(fixture.clientId, username).session();
        answer(fixture.clientId, username, session, "41");

        assertThatThrownBy(() -> answer(fixture.clientId, username, session, "42"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid session for the user, session is expired.");
    }

    @Test
    void customAuthWhenSessionOfAnotherUserThenInvalidSession() {
        String username = fixture.confirmedUser();
        String other = fixture.confirmedUser();
        String session = start(fixture.clientId, username).session();

        assertThatThrownBy(() -> answer(fixture.clientId, other, session, "42"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid session for the user, session is expired.");
    }

    @Test
    void customAuthWhenPrivateParametersThenNeverSentToTheClient() {
        String username = fixture.confirmedUser();

        InitiateAuthResponse challenge = start(fixture.clientId, username);

        assertThat(challenge.challengeParameters()).doesNotContainKey("answer");
        assertThat(challenge.challengeParameters().values()).doesNotContain("42");
        assertThat(challenge.session()).doesNotContain("42");
    }

    @Test
    void customAuthWhenUnknownUserAndExistenceHiddenThenTriggersToldAndNeverTokens() {
        String username = "ghost-" + java.util.UUID.randomUUID();
        InitiateAuthResponse challenge = start(fixture.clientId, username);

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
        JsonNode define = fixture.events(ChallengeTriggers.DEFINE).get(0);
        assertThat(define.path("userName").asText()).isEqualTo(username);
        assertThat(define.path("request"))
                .isEqualTo(json("{\"userAttributes\":{},\"session\":[],\"userNotFound\":true}"));

        assertThatThrownBy(() -> answer(fixture.clientId, username, challenge.session(), "42"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
        assertThat(
                        fixture.events(ChallengeTriggers.VERIFY)
                                .get(0)
                                .path("request")
                                .path("userNotFound")
                                .asBoolean())
                .isTrue();
    }

    @Test
    void customAuthWhenUnknownUserAndLegacyClientThenUserNotFound() {
        assertThatThrownBy(
                        () -> start(fixture.legacyClientId, "ghost-" + java.util.UUID.randomUUID()))
                .isInstanceOf(UserNotFoundException.class)
                .hasMessageStartingWith("User does not exist.");
        assertThat(fixture.events(ChallengeTriggers.DEFINE)).isEmpty();
    }

    @Test
    void customAuthWhenLegacyClientThenNoUserNotFoundInEvents() {
        String username = fixture.confirmedUser();

        start(fixture.legacyClientId, username);

        assertThat(
                        fixture.events(ChallengeTriggers.DEFINE)
                                .get(0)
                                .path("request")
                                .has("userNotFound"))
                .isFalse();
    }

    @Test
    void customAuthWhenUserDisabledThenRefusedBeforeTriggers() {
        String username = fixture.confirmedUser();
        fixture.cognito.adminDisableUser(r -> r.userPoolId(fixture.poolId).username(username));

        assertThatThrownBy(() -> start(fixture.clientId, username))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("User is disabled.");
        assertThat(fixture.events(ChallengeTriggers.DEFINE)).isEmpty();
    }

    @Test
    void adminCustomAuthWhenAnswerRightThenTokensAndClientMetadataOnlyFromTheAnswer() {
        String username = fixture.confirmedUser();
        AdminInitiateAuthResponse challenge =
                fixture.cognito.adminInitiateAuth(
                        r ->
                                r.userPoolId(fixture.poolId)
                                        .clientId(fixture.clientId)
                                        .authFlow(AuthFlowType.CUSTOM_AUTH)
                                        .authParameters(Map.of("USERNAME", username))
                                        .clientMetadata(Map.of("from", "initiate")));

        var tokens =
                fixture.cognito.adminRespondToAuthChallenge(
                        r ->
                                r.userPoolId(fixture.poolId)
                                        .clientId(fixture.clientId)
                                        .challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
                                        .session(challenge.session())
                                        .clientMetadata(Map.of("from", "answer"))
                                        .challengeResponses(
                                                Map.of("USERNAME", username, "ANSWER", "42")));

        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
        assertThat(
                        fixture.events(ChallengeTriggers.DEFINE)
                                .get(0)
                                .path("request")
                                .has("clientMetadata"))
                .isFalse();
        assertThat(
                        fixture.events(ChallengeTriggers.VERIFY)
                                .get(0)
                                .path("request")
                                .path("clientMetadata"))
                .isEqualTo(json("{\"from\":\"answer\"}"));
        assertThat(
                        fixture.events(ChallengeTriggers.DEFINE)
                                .get(1)
                                .path("request")
                                .path("clientMetadata"))
                .isEqualTo(json("{\"from\":\"answer\"}"));
    }

    private String sub(String username) {
        return fixture
                .cognito
                .adminGetUser(r -> r.userPoolId(fixture.poolId).username(username))
                .userAttributes()
                .stream()
                .filter(a -> a.name().equals("sub"))
                .findFirst()
                .orElseThrow()
                .value();
    }

    private JsonNode event(String source, String username, String request, String response) {
        return json(
                ("{\"version\":\"1\",\"triggerSource\":\"%s\",\"region\":\"us-east-1\","
                                + "\"userPoolId\":\"%s\",\"userName\":\"%s\",\"callerContext\":"
                                + "{\"awsSdkVersion\":\"aws-sdk-unknown-unknown\",\"clientId\":"
                                + "\"%s\"},\"request\":%s,\"response\":%s}")
                        .formatted(
                                source,
                                fixture.poolId,
                                username,
                                fixture.clientId,
                                request,
                                response));
    }

    private InitiateAuthResponse start(String clientId, String username) {
        return fixture.cognito.initiateAuth(
                r ->
                        r.clientId(clientId)
                                .authFlow(AuthFlowType.CUSTOM_AUTH)
                                .authParameters(Map.of("USERNAME", username)));
    }

    private RespondToAuthChallengeResponse answer(
            String clientId, String username, String session, String answer) {
        return fixture.cognito.respondToAuthChallenge(
                r ->
                        r.clientId(clientId)
                                .challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
                                .session(session)
                                .challengeResponses(
                                        Map.of("USERNAME", username, "ANSWER", answer)));
    }
}
