package io.cognate.userpool.auth;

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
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** USER_SRP_AUTH through InitiateAuth and RespondToAuthChallenge, with a client-side SRP. */
@QuarkusTest
class UserSrpSignInQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    SignInFixture fixture;

    @BeforeEach
    void pool() {
        fixture = new SignInFixture(endpoint, PreventUserExistenceErrorTypes.ENABLED);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void srpWhenPasswordRightThenTokens() {
        String username = fixture.confirmedUser();
        SrpClient client = SrpClient.random();
        var challenge = start(username, client);

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
        assertThat(challenge.session()).isNull();
        assertThat(challenge.challengeParameters())
                .containsKeys("SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP", "USERNAME");

        var tokens = answer(challenge, client, SignInFixture.PASSWORD);

        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
        assertThat(tokens.authenticationResult().refreshToken()).isNotBlank();
    }

    @Test
    void srpWhenPasswordWrongThenIncorrectUsernameOrPassword() {
        String username = fixture.confirmedUser();
        SrpClient client = SrpClient.random();
        var challenge = start(username, client);

        assertThatThrownBy(() -> answer(challenge, client, "Wr0ng-Password!"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
    }

    @Test
    void srpWhenProofReplayedThenRefused() {
        String username = fixture.confirmedUser();
        SrpClient client = SrpClient.random();
        var challenge = start(username, client);
        Map<String, String> responses = responses(challenge, client, SignInFixture.PASSWORD);
        respond(responses);

        assertThatThrownBy(() -> respond(responses))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
    }

    @Test
    void srpWhenUserUnknownThenChallengeThenSameErrorAsWrongPassword() {
        SrpClient client = SrpClient.random();
        var challenge = start("nobody-" + java.util.UUID.randomUUID(), client);

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
        assertThatThrownBy(() -> answer(challenge, client, SignInFixture.PASSWORD))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
    }

    @Test
    void srpWhenUserUnknownAndClientLegacyThenUserNotFound() {
        try (var legacy = new SignInFixture(endpoint, PreventUserExistenceErrorTypes.LEGACY)) {
            assertThatThrownBy(
                            () ->
                                    legacy.cognito.initiateAuth(
                                            r ->
                                                    r.clientId(legacy.clientId)
                                                            .authFlow(AuthFlowType.USER_SRP_AUTH)
                                                            .authParameters(
                                                                    Map.of(
                                                                            "USERNAME",
                                                                            "nobody",
                                                                            "SRP_A",
                                                                            SrpClient.random()
                                                                                    .srpA()))))
                    .isInstanceOf(UserNotFoundException.class);
        }
    }

    @Test
    void srpWhenFiveWrongProofsThenRightOneLockedOutLikePasswordFlow() {
        String username = fixture.confirmedUser();
        for (int i = 0; i < 5; i++) {
            SrpClient client = SrpClient.random();
            var challenge = start(username, client);
            assertThatThrownBy(() -> answer(challenge, client, "Wr0ng-Password!"))
                    .hasMessageStartingWith("Incorrect username or password.");
        }
        SrpClient client = SrpClient.random();
        var challenge = start(username, client);

        assertThatThrownBy(() -> answer(challenge, client, SignInFixture.PASSWORD))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Password attempts exceeded");
        assertThatThrownBy(() -> fixture.passwordSignIn(username, SignInFixture.PASSWORD))
                .hasMessageStartingWith("Password attempts exceeded");
    }

    @Test
    void srpWhenTemporaryPasswordThenNewPasswordRequired() {
        String username = fixture.userWithTemporaryPassword();
        SrpClient client = SrpClient.random();
        var challenge = start(username, client);

        var next = answer(challenge, client, SignInFixture.PASSWORD);

        assertThat(next.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        assertThat(next.session()).isNotBlank();
    }

    private InitiateAuthResponse start(String username, SrpClient client) {
        return fixture.cognito.initiateAuth(
                r ->
                        r.clientId(fixture.clientId)
                                .authFlow(AuthFlowType.USER_SRP_AUTH)
                                .authParameters(
                                        Map.of("USERNAME", username, "SRP_A", client.srpA())));
    }

    private RespondToAuthChallengeResponse answer(
            InitiateAuthResponse challenge, SrpClient client, String password) {
        return respond(responses(challenge, client, password));
    }

    private RespondToAuthChallengeResponse respond(Map<String, String> responses) {
        return fixture.cognito.respondToAuthChallenge(
                r ->
                        r.clientId(fixture.clientId)
                                .challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                                .challengeResponses(responses));
    }

    private Map<String, String> responses(
            InitiateAuthResponse challenge, SrpClient client, String password) {
        return client.passwordVerifierResponses(
                fixture.poolId, challenge.challengeParameters(), password, SrpClient.timestamp());
    }
}
