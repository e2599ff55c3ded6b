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

/**
 * amazon-cognito-identity-js's default sign-in, USER_SRP_AUTH answered with PASSWORD_VERIFIER: the
 * library computes SRP_A, the password claim signature and checks nothing it does not get, so only
 * a server that does Cognito's SRP exactly hands it tokens.
 */
@QuarkusTest
class AmplifySrpQuarkusTest {

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
    void authenticateUserWhenSrpPasswordRightThenValidTokens() {
        String username = fixture.confirmedUser();

        JsonNode result =
                amplify.authenticateUser(AmplifyClient.SRP, username, SignInFixture.PASSWORD);

        assertThat(result.path("error").isMissingNode()).as("error: %s", result).isTrue();
        assertThat(AmplifyResults.calls(result))
                .containsExactly(
                        "InitiateAuth USER_SRP_AUTH", "RespondToAuthChallenge PASSWORD_VERIFIER");
        JsonNode tokens = result.get("tokens");
        assertThat(tokens.get("valid").asBoolean()).isTrue();
        assertThat(tokens.get("refreshToken").asText()).isNotBlank();
        JsonNode verified =
                amplify.verify(
                        issuers.of(fixture.poolId),
                        List.of(
                                idToken(tokens.get("idToken").asText()),
                                accessToken(tokens.get("accessToken").asText())));
        assertThat(AmplifyResults.payload(verified.get(0)).get("cognito:username").asText())
                .isEqualTo(username);
        assertThat(AmplifyResults.payload(verified.get(1)).get("client_id").asText())
                .isEqualTo(fixture.clientId);
    }

    @Test
    void authenticateUserWhenSrpPasswordWrongThenNotAuthorized() {
        String username = fixture.confirmedUser();

        JsonNode result = amplify.authenticateUser(AmplifyClient.SRP, username, "Wr0ng-Password!");

        AmplifyResults.assertError(
                result, "NotAuthorizedException", "Incorrect username or password.");
        assertThat(AmplifyResults.calls(result))
                .containsExactly(
                        "InitiateAuth USER_SRP_AUTH", "RespondToAuthChallenge PASSWORD_VERIFIER");
    }

    @Test
    void authenticateUserWhenSrpAndPasswordTemporaryThenNewPasswordAnsweredWithTokens() {
        String username = fixture.userWithTemporaryPassword();

        JsonNode result =
                amplify.authenticateUser(
                        AmplifyClient.SRP,
                        username,
                        SignInFixture.PASSWORD,
                        "N3w-Passw0rd!",
                        Map.of());

        assertThat(result.path("error").isMissingNode()).as("error: %s", result).isTrue();
        assertThat(AmplifyResults.calls(result))
                .containsExactly(
                        "InitiateAuth USER_SRP_AUTH",
                        "RespondToAuthChallenge PASSWORD_VERIFIER",
                        "RespondToAuthChallenge NEW_PASSWORD_REQUIRED");
        assertThat(result.get("tokens").get("valid").asBoolean()).isTrue();
    }

    @Test
    void getSessionWhenSignedInWithSrpAndTokensExpiredThenRefreshed() {
        String username = fixture.confirmedUser();

        JsonNode result =
                amplify.signInThenRefresh(
                        "getSession", AmplifyClient.SRP, username, SignInFixture.PASSWORD);

        assertThat(result.path("refreshed").path("error").isMissingNode())
                .as("result: %s", result)
                .isTrue();
        assertThat(AmplifyResults.calls(result))
                .containsExactly(
                        "InitiateAuth USER_SRP_AUTH",
                        "RespondToAuthChallenge PASSWORD_VERIFIER",
                        "InitiateAuth REFRESH_TOKEN_AUTH");
        assertThat(result.get("refreshed").get("tokens").get("valid").asBoolean()).isTrue();
    }
}
