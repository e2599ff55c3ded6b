package io.cognate.userpool.auth;

import static io.cognate.userpool.auth.CustomAuthFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.srp.SrpClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * CUSTOM_AUTH with SRP first ({@code CHALLENGE_NAME=SRP_A}): DefineAuthChallenge sees {@code
 * [SRP_A]}, Cognate answers the built-in PASSWORD_VERIFIER (with a Session), and its result joins
 * the session array before the custom challenges.
 */
@QuarkusTest
class CustomAuthSrpQuarkusTest {

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
    void customAuthWithSrpWhenPasswordRightThenCustomChallengeThenTokens() {
        String username = fixture.confirmedUser();
        SrpClient client = SrpClient.random();

        InitiateAuthResponse verifier = start(username, client);

        assertThat(verifier.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
        assertThat(verifier.session()).isNotBlank();
        assertThat(verifier.challengeParameters())
                .containsKeys("SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP", "USERNAME");
        assertThat(fixture.events(ChallengeTriggers.DEFINE).get(0).path("request").path("session"))
                .isEqualTo(
                        json(
                                "[{\"challengeName\":\"SRP_A\",\"challengeResult\":true,"
                                        + "\"challengeMetadata\":null}]"));
        assertThat(fixture.events(ChallengeTriggers.CREATE)).isEmpty();

        RespondToAuthChallengeResponse custom =
                verify(verifier, client, CustomAuthFixture.PASSWORD);

        assertThat(custom.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
        assertThat(fixture.events(ChallengeTriggers.DEFINE).get(1).path("request").path("session"))
                .isEqualTo(
                        json(
                                "[{\"challengeName\":\"SRP_A\",\"challengeResult\":true,"
                                        + "\"challengeMetadata\":null},"
                                        + "{\"challengeName\":\"PASSWORD_VERIFIER\","
                                        + "\"challengeResult\":true,\"challengeMetadata\":null}]"));

        RespondToAuthChallengeResponse tokens =
                fixture.cognito.respondToAuthChallenge(
                        r ->
                                r.clientId(fixture.clientId)
                                        .challengeName(ChallengeNameType.CUSTOM_CHALLENGE)
                                        .session(custom.session())
                                        .challengeResponses(
                                                Map.of(
                                                        "USERNAME",
                                                        username,
                                                        "ANSWER",
                                                        CustomAuthFixture.ANSWER)));

        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void customAuthWithSrpWhenPasswordWrongThenDefineSeesFalseAndFails() {
        String username = fixture.confirmedUser();
        SrpClient client = SrpClient.random();
        InitiateAuthResponse verifier = start(username, client);

        assertThatThrownBy(() -> verify(verifier, client, "Wr0ng-Password!"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
        assertThat(
                        fixture.events(ChallengeTriggers.DEFINE)
                                .get(1)
                                .path("request")
                                .path("session")
                                .get(1))
                .isEqualTo(
                        json(
                                "{\"challengeName\":\"PASSWORD_VERIFIER\","
                                        + "\"challengeResult\":false,\"challengeMetadata\":null}"));
    }

    @Test
    void customAuthWithSrpWhenVerifierSessionReplayedThenInvalidSession() {
        String username = fixture.confirmedUser();
        SrpClient client = SrpClient.random();
        InitiateAuthResponse verifier = start(username, client);
        verify(verifier, client, CustomAuthFixture.PASSWORD);

        assertThatThrownBy(() -> verify(verifier, client, CustomAuthFixture.PASSWORD))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid session for the user, session is expired.");
    }

    private InitiateAuthResponse start(String username, SrpClient client) {
        return fixture.cognito.initiateAuth(
                r ->
                        r.clientId(fixture.clientId)
                                .authFlow(AuthFlowType.CUSTOM_AUTH)
                                .authParameters(
                                        Map.of(
                                                "USERNAME",
                                                username,
                                                "SRP_A",
                                                client.srpA(),
                                                "CHALLENGE_NAME",
                                                "SRP_A")));
    }

    private RespondToAuthChallengeResponse verify(
            InitiateAuthResponse challenge, SrpClient client, String password) {
        Map<String, String> responses =
                client.passwordVerifierResponses(
                        fixture.poolId,
                        challenge.challengeParameters(),
                        password,
                        SrpClient.timestamp());
        return fixture.cognito.respondToAuthChallenge(
                r ->
                        r.clientId(fixture.clientId)
                                .challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                                .session(challenge.session())
                                .challengeResponses(responses));
    }
}
