package io.cognate.userpool.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.testing.WebhookReceiver;
import io.cognate.userpool.testing.WebhookReceiver.Reply;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidLambdaResponseException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

/** CUSTOM_AUTH when the pool or its triggers misbehave, and the bound on the rounds. */
@QuarkusTest
class CustomAuthEdgesQuarkusTest {

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
    void customAuthWhenNoDefineTriggerThenNotConfigured() {
        String poolId =
                fixture.cognito
                        .createUserPool(r -> r.poolName("plain-" + UUID.randomUUID()))
                        .userPool()
                        .id();
        String clientId =
                fixture.cognito
                        .createUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientName("app")
                                                .explicitAuthFlows(
                                                        ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH,
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_REFRESH_TOKEN_AUTH))
                        .userPoolClient()
                        .clientId();

        assertThatThrownBy(() -> start(clientId, "anyone"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith(
                        "Custom auth lambda trigger is not configured for the user pool.");
    }

    @Test
    void customAuthWhenCreateTriggerThrowsThenUserLambdaValidation() {
        String username = fixture.confirmedUser();
        WebhookReceiver.answer(
                ChallengeTriggers.CREATE,
                received -> new Reply(500, "{\"errorMessage\":\"no question today\"}"));

        assertThatThrownBy(() -> start(fixture.clientId, username))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith("CreateAuthChallenge failed with error no question today.");
    }

    @Test
    void customAuthWhenDefineNamesUnknownChallengeThenInvalidLambdaResponse() {
        String username = fixture.confirmedUser();
        WebhookReceiver.answer(
                ChallengeTriggers.DEFINE,
                received -> {
                    ObjectNode event = (ObjectNode) received.event();
                    event.putObject("response").put("challengeName", "DANCE");
                    return Reply.json(200, event);
                });

        assertThatThrownBy(() -> start(fixture.clientId, username))
                .isInstanceOf(InvalidLambdaResponseException.class)
                .hasMessageStartingWith("Invalid challenge name: DANCE");
    }

    @Test
    void customAuthWhenDefineNeverDecidesThenRefusedAfterTheBound() {
        String username = fixture.confirmedUser();
        WebhookReceiver.answer(
                ChallengeTriggers.DEFINE,
                received -> {
                    ObjectNode event = (ObjectNode) received.event();
                    event.putObject("response").put("challengeName", "CUSTOM_CHALLENGE");
                    return Reply.json(200, event);
                });
        // Right answers, so that the rounds, not the lockout of wrong answers, end the sign-in.
        String session = start(fixture.clientId, username).session();
        for (int round = 1; round < CustomAuthSteps.MAX_ROUNDS; round++) {
            session = answer(username, session, CustomAuthFixture.ANSWER).session();
        }
        String last = session;

        assertThatThrownBy(() -> answer(username, last, CustomAuthFixture.ANSWER))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
        assertThat(fixture.events(ChallengeTriggers.CREATE)).hasSize(CustomAuthSteps.MAX_ROUNDS);
    }

    private software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse
            start(String clientId, String username) {
        return fixture.cognito.initiateAuth(
                r ->
                        r.clientId(clientId)
                                .authFlow(AuthFlowType.CUSTOM_AUTH)
                                .authParameters(Map.of("USERNAME", username)));
    }

    private software.amazon.awssdk.services.cognitoidentityprovider.model
                    .RespondToAuthChallengeResponse
            answer(String username, String session, String answer) {
        return fixture.cognito.respondToAuthChallenge(
                r ->
                        r.clientId(fixture.clientId)
                                .challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
                                .session(session)
                                .challengeResponses(
                                        Map.of("USERNAME", username, "ANSWER", answer)));
    }
}
