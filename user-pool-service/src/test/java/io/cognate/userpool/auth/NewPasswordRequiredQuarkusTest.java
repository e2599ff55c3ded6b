package io.cognate.userpool.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * A user an administrator created signs in with the temporary password, is challenged for a new
 * one, and the challenge Session works exactly once (SECURITY-CASES 15).
 */
@QuarkusTest
class NewPasswordRequiredQuarkusTest {

    static final String NEW_PASSWORD = "Brand-New-Pa55!";

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
    void initiateAuthWhenPasswordTemporaryThenNewPasswordRequiredChallenge() {
        String username = fixture.userWithTemporaryPassword();

        var response = fixture.passwordSignIn(username, SignInFixture.PASSWORD);

        assertThat(response.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        assertThat(response.session()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(response.authenticationResult()).isNull();
        assertThat(response.challengeParameters())
                .containsEntry("USER_ID_FOR_SRP", username)
                .containsEntry("requiredAttributes", "[]")
                .containsKey("userAttributes");
    }

    @Test
    void respondWhenNewPasswordGivenThenTokensAndUserConfirmed() {
        String username = fixture.userWithTemporaryPassword();
        var challenge = fixture.passwordSignIn(username, SignInFixture.PASSWORD);

        var response = answer(challenge, username, NEW_PASSWORD, Map.of());

        assertThat(response.authenticationResult().accessToken()).isNotBlank();
        assertThat(response.authenticationResult().refreshToken()).isNotBlank();
        assertThat(
                        fixture.cognito
                                .adminGetUser(r -> r.userPoolId(fixture.poolId).username(username))
                                .userStatus())
                .isEqualTo(UserStatusType.CONFIRMED);
        assertThat(fixture.passwordSignIn(username, NEW_PASSWORD).authenticationResult())
                .isNotNull();
    }

    @Test
    void respondWhenSessionReplayedThenRefused() {
        String username = fixture.userWithTemporaryPassword();
        var challenge = fixture.passwordSignIn(username, SignInFixture.PASSWORD);
        answer(challenge, username, NEW_PASSWORD, Map.of());

        assertThatThrownBy(() -> answer(challenge, username, "Another-Pa55word!", Map.of()))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid session for the user, session is expired.");
    }

    @Test
    void respondWhenNewPasswordBreaksPolicyThenInvalidPasswordAndSessionStillUsable() {
        String username = fixture.userWithTemporaryPassword();
        var challenge = fixture.passwordSignIn(username, SignInFixture.PASSWORD);

        assertThatThrownBy(() -> answer(challenge, username, "short", Map.of()))
                .isInstanceOf(InvalidPasswordException.class);
        assertThat(answer(challenge, username, NEW_PASSWORD, Map.of()).authenticationResult())
                .isNotNull();
    }

    @Test
    void respondWhenSessionForgedThenRefused() {
        String username = fixture.userWithTemporaryPassword();
        var challenge = fixture.passwordSignIn(username, SignInFixture.PASSWORD);
        var forged = challenge.toBuilder().session(challenge.session().substring(1) + "A").build();

        assertThatThrownBy(() -> answer(forged, username, NEW_PASSWORD, Map.of()))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void respondWhenSessionOfAnotherUserThenRefused() {
        String alice = fixture.userWithTemporaryPassword();
        String bob = fixture.userWithTemporaryPassword();
        var aliceChallenge = fixture.passwordSignIn(alice, SignInFixture.PASSWORD);

        assertThatThrownBy(() -> answer(aliceChallenge, bob, NEW_PASSWORD, Map.of()))
                .isInstanceOf(NotAuthorizedException.class);
        assertThat(
                        fixture.cognito
                                .adminGetUser(r -> r.userPoolId(fixture.poolId).username(bob))
                                .userStatus())
                .isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    }

    @Test
    void respondWhenAttributesGivenWithNewPasswordThenStored() {
        String poolId =
                fixture.cognito
                        .createUserPool(
                                r ->
                                        r.poolName("needs-name")
                                                .schema(
                                                        s ->
                                                                s.name("name")
                                                                        .required(true)
                                                                        .mutable(true)
                                                                        .attributeDataType(
                                                                                "String")))
                        .userPool()
                        .id();
        String clientId =
                fixture.cognito
                        .createUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientName("app")
                                                .explicitAuthFlowsWithStrings(
                                                        "ALLOW_ADMIN_USER_PASSWORD_AUTH",
                                                        "ALLOW_REFRESH_TOKEN_AUTH"))
                        .userPoolClient()
                        .clientId();
        fixture.cognito.adminCreateUser(
                r ->
                        r.userPoolId(poolId)
                                .username("nameless")
                                .temporaryPassword(SignInFixture.PASSWORD)
                                .messageAction("SUPPRESS")
                                .userAttributes(a -> a.name("name").value("placeholder")));

        var challenge =
                fixture.cognito.adminInitiateAuth(
                        r ->
                                r.userPoolId(poolId)
                                        .clientId(clientId)
                                        .authFlow("ADMIN_USER_PASSWORD_AUTH")
                                        .authParameters(
                                                Map.of(
                                                        "USERNAME",
                                                        "nameless",
                                                        "PASSWORD",
                                                        SignInFixture.PASSWORD)));
        assertThat(challenge.challengeParameters())
                .containsEntry("requiredAttributes", "[]")
                .containsEntry("userAttributes", "{\"name\":\"placeholder\"}");

        var done =
                fixture.cognito.adminRespondToAuthChallenge(
                        r ->
                                r.userPoolId(poolId)
                                        .clientId(clientId)
                                        .challengeName("NEW_PASSWORD_REQUIRED")
                                        .session(challenge.session())
                                        .challengeResponses(
                                                Map.of(
                                                        "USERNAME", "nameless",
                                                        "NEW_PASSWORD", NEW_PASSWORD,
                                                        "userAttributes.name", "Nadia")));

        assertThat(done.authenticationResult().idToken()).isNotBlank();
        assertThat(
                        fixture.cognito
                                .adminGetUser(r -> r.userPoolId(poolId).username("nameless"))
                                .userAttributes())
                .anyMatch(a -> a.name().equals("name") && a.value().equals("Nadia"));
    }

    private RespondToAuthChallengeResponse answer(
            InitiateAuthResponse challenge,
            String username,
            String newPassword,
            Map<String, String> attributes) {
        var responses = new java.util.HashMap<String, String>(attributes);
        responses.put("USERNAME", username);
        responses.put("NEW_PASSWORD", newPassword);
        return fixture.cognito.respondToAuthChallenge(
                r ->
                        r.clientId(fixture.clientId)
                                .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                                .session(challenge.session())
                                .challengeResponses(responses));
    }
}
