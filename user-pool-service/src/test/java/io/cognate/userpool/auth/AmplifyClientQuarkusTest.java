package io.cognate.userpool.auth;

import static io.cognate.userpool.auth.AmplifyClient.accessToken;
import static io.cognate.userpool.auth.AmplifyClient.idToken;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.userpool.token.Issuers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * amazon-cognito-identity-js 6.3.21 under Node.js signing in with USER_PASSWORD_AUTH, answering
 * NEW_PASSWORD_REQUIRED and refreshing, its tokens checked with aws-jwt-verify. The SRP flow is in
 * {@link AmplifySrpQuarkusTest}.
 */
@QuarkusTest
class AmplifyClientQuarkusTest {

    private static final String NEW_PASSWORD = "N3w-Passw0rd!";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject Issuers issuers;

    SignInFixture fixture;
    AmplifyClient amplify;

    @BeforeEach
    void pool() {
        fixture = new SignInFixture(endpoint, PreventUserExistenceErrorTypes.ENABLED);
        amplify = new AmplifyClient(endpoint, fixture.poolId, fixture.clientId);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void authenticateUserWhenPasswordRightThenSessionWithValidTokens() {
        String username = fixture.confirmedUser();

        JsonNode result =
                amplify.authenticateUser(AmplifyClient.PASSWORD, username, SignInFixture.PASSWORD);

        assertThat(result.path("error").isMissingNode()).as("error: %s", result).isTrue();
        assertThat(AmplifyResults.calls(result)).containsExactly("InitiateAuth USER_PASSWORD_AUTH");
        JsonNode tokens = result.get("tokens");
        assertThat(tokens.get("valid").asBoolean()).isTrue();
        assertThat(tokens.get("refreshToken").asText()).isNotBlank();
        JsonNode verified =
                amplify.verify(
                        issuers.of(fixture.poolId),
                        List.of(
                                idToken(tokens.get("idToken").asText()),
                                accessToken(tokens.get("accessToken").asText())));
        JsonNode id = AmplifyResults.payload(verified.get(0));
        assertThat(id.get("token_use").asText()).isEqualTo("id");
        assertThat(id.get("aud").asText()).isEqualTo(fixture.clientId);
        assertThat(id.get("cognito:username").asText()).isEqualTo(username);
        assertThat(id.get("email").asText()).isEqualTo(username + "@example.com");
        JsonNode access = AmplifyResults.payload(verified.get(1));
        assertThat(access.get("token_use").asText()).isEqualTo("access");
        assertThat(access.has("aud")).isFalse();
        assertThat(access.get("client_id").asText()).isEqualTo(fixture.clientId);
        assertThat(access.get("username").asText()).isEqualTo(username);
        assertThat(access.get("scope").asText()).isEqualTo("aws.cognito.signin.user.admin");
        assertThat(access.get("sub").asText()).isEqualTo(id.get("sub").asText());
    }

    @Test
    void authenticateUserWhenPasswordWrongThenNotAuthorized() {
        String username = fixture.confirmedUser();

        JsonNode result =
                amplify.authenticateUser(AmplifyClient.PASSWORD, username, "Wr0ng-Password!");

        AmplifyResults.assertError(
                result, "NotAuthorizedException", "Incorrect username or password.");
    }

    @Test
    void authenticateUserWhenUserUnknownThenSameErrorAsWrongPassword() {
        JsonNode result =
                amplify.authenticateUser(
                        AmplifyClient.PASSWORD, "nobody-here", SignInFixture.PASSWORD);

        AmplifyResults.assertError(
                result, "NotAuthorizedException", "Incorrect username or password.");
    }

    @Test
    void completeNewPasswordChallengeWhenCreatedByAdminThenTokensAndUserConfirmed() {
        String username = fixture.userWithTemporaryPassword();

        JsonNode result =
                amplify.authenticateUser(
                        AmplifyClient.PASSWORD,
                        username,
                        SignInFixture.PASSWORD,
                        NEW_PASSWORD,
                        Map.of("name", "Nadia"));

        assertThat(result.path("error").isMissingNode()).as("error: %s", result).isTrue();
        assertThat(AmplifyResults.calls(result))
                .containsExactly(
                        "InitiateAuth USER_PASSWORD_AUTH",
                        "RespondToAuthChallenge NEW_PASSWORD_REQUIRED");
        JsonNode challenge = result.get("challenges").get(0);
        assertThat(challenge.get("name").asText()).isEqualTo("NEW_PASSWORD_REQUIRED");
        assertThat(challenge.get("requiredAttributes")).isEmpty();
        JsonNode tokens = result.get("tokens");
        assertThat(tokens.get("valid").asBoolean()).isTrue();
        JsonNode id =
                AmplifyResults.payload(
                        amplify.verify(
                                        issuers.of(fixture.poolId),
                                        List.of(idToken(tokens.get("idToken").asText())))
                                .get(0));
        assertThat(id.get("cognito:username").asText()).isEqualTo(username);
        assertThat(id.get("name").asText()).isEqualTo("Nadia");
        assertThat(
                        fixture.cognito
                                .adminGetUser(r -> r.userPoolId(fixture.poolId).username(username))
                                .userStatus())
                .isEqualTo(UserStatusType.CONFIRMED);
        assertThat(fixture.passwordSignIn(username, NEW_PASSWORD).authenticationResult())
                .isNotNull();
    }

    @Test
    void authenticateUserWhenPasswordTemporaryAndNoAnswerThenNewPasswordRequired() {
        String username = fixture.userWithTemporaryPassword();

        JsonNode result =
                amplify.authenticateUser(AmplifyClient.PASSWORD, username, SignInFixture.PASSWORD);

        assertThat(result.get("challenge").asText()).isEqualTo("NEW_PASSWORD_REQUIRED");
        assertThat(result.has("tokens")).isFalse();
    }

    @Test
    void completeNewPasswordChallengeWhenPasswordBreaksPolicyThenInvalidPassword() {
        String username = fixture.userWithTemporaryPassword();

        JsonNode result =
                amplify.authenticateUser(
                        AmplifyClient.PASSWORD,
                        username,
                        SignInFixture.PASSWORD,
                        "short",
                        Map.of());

        assertThat(result.get("error").get("code").asText()).isEqualTo("InvalidPasswordException");
        assertThat(
                        fixture.cognito
                                .adminGetUser(r -> r.userPoolId(fixture.poolId).username(username))
                                .userStatus())
                .isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    }

    @Test
    void getSessionWhenCachedTokensExpiredThenRefreshedWithRefreshToken() {
        assertRefreshed("getSession");
    }

    @Test
    void refreshSessionWhenGivenRefreshTokenThenNewTokens() {
        assertRefreshed("refreshSession");
    }

    private void assertRefreshed(String via) {
        String username = fixture.confirmedUser();

        JsonNode result =
                amplify.signInThenRefresh(
                        via, AmplifyClient.PASSWORD, username, SignInFixture.PASSWORD);

        assertThat(result.path("refreshed").path("error").isMissingNode())
                .as("result: %s", result)
                .isTrue();
        assertThat(AmplifyResults.calls(result))
                .containsExactly(
                        "InitiateAuth USER_PASSWORD_AUTH", "InitiateAuth REFRESH_TOKEN_AUTH");
        JsonNode first = result.get("signIn").get("tokens");
        JsonNode second = result.get("refreshed").get("tokens");
        assertThat(second.get("valid").asBoolean()).isTrue();
        assertThat(second.get("accessToken").asText())
                .isNotEqualTo(first.get("accessToken").asText());
        assertThat(second.get("idToken").asText()).isNotEqualTo(first.get("idToken").asText());
        // REFRESH_TOKEN_AUTH returns no refresh token: the library keeps the one it has.
        assertThat(second.get("refreshToken").asText())
                .isEqualTo(first.get("refreshToken").asText());
        JsonNode verified =
                amplify.verify(
                        issuers.of(fixture.poolId),
                        List.of(
                                idToken(first.get("idToken").asText()),
                                idToken(second.get("idToken").asText()),
                                accessToken(second.get("accessToken").asText())));
        JsonNode before = AmplifyResults.payload(verified.get(0));
        JsonNode after = AmplifyResults.payload(verified.get(1));
        assertThat(after.get("sub")).isEqualTo(before.get("sub"));
        assertThat(after.get("auth_time")).isEqualTo(before.get("auth_time"));
        assertThat(after.get("jti")).isNotEqualTo(before.get("jti"));
        assertThat(AmplifyResults.payload(verified.get(2)).get("username").asText())
                .isEqualTo(username);
    }
}
