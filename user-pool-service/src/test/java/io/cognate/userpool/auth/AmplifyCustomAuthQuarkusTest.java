package io.cognate.userpool.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * amazon-cognito-identity-js with {@code authenticationFlowType = 'CUSTOM_AUTH'}: {@code
 * initiateAuth} then {@code customChallenge} / {@code sendCustomChallengeAnswer}, and the library's
 * SRP-first variant through {@code authenticateUser}, against the test's triggers.
 */
@QuarkusTest
class AmplifyCustomAuthQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    CustomAuthFixture fixture;
    AmplifyClient amplify;

    @BeforeEach
    void pool() {
        fixture = new CustomAuthFixture(endpoint);
        amplify = new AmplifyClient(endpoint, fixture.poolId, fixture.clientId);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void sendCustomChallengeAnswerWhenRightThenValidTokens() {
        String username = fixture.confirmedUser();

        JsonNode result = amplify.customAuth(username, null, List.of(CustomAuthFixture.ANSWER));

        assertThat(result.path("error").isMissingNode()).as("error: %s", result).isTrue();
        assertThat(AmplifyResults.calls(result))
                .containsExactly(
                        "InitiateAuth CUSTOM_AUTH", "RespondToAuthChallenge CUSTOM_CHALLENGE");
        assertThat(result.path("challenges").get(0).path("question").asText()).isEqualTo("6 x 7?");
        assertThat(result.path("tokens").path("valid").asBoolean()).isTrue();
    }

    @Test
    void sendCustomChallengeAnswerWhenWrongThenAskedAgainThenRightThenTokens() {
        String username = fixture.confirmedUser();

        JsonNode result =
                amplify.customAuth(username, null, List.of("41", CustomAuthFixture.ANSWER));

        assertThat(result.path("challenges")).hasSize(2);
        assertThat(result.path("tokens").path("valid").asBoolean()).as("%s", result).isTrue();
    }

    @Test
    void sendCustomChallengeAnswerWhenWrongThreeTimesThenNotAuthorized() {
        String username = fixture.confirmedUser();

        JsonNode result = amplify.customAuth(username, null, List.of("1", "2", "3"));

        assertThat(result.path("error").path("code").asText()).isEqualTo("NotAuthorizedException");
        assertThat(result.path("error").path("message").asText())
                .isEqualTo("Incorrect username or password.");
        assertThat(result.path("tokens").isMissingNode()).isTrue();
    }

    @Test
    void authenticateUserWithCustomAuthWhenPasswordAndAnswerRightThenSrpFirstThenTokens() {
        String username = fixture.confirmedUser();

        JsonNode result =
                amplify.customAuth(
                        username, CustomAuthFixture.PASSWORD, List.of(CustomAuthFixture.ANSWER));

        assertThat(result.path("error").isMissingNode()).as("error: %s", result).isTrue();
        assertThat(AmplifyResults.calls(result))
                .containsExactly(
                        "InitiateAuth CUSTOM_AUTH",
                        "RespondToAuthChallenge PASSWORD_VERIFIER",
                        "RespondToAuthChallenge CUSTOM_CHALLENGE");
        assertThat(result.path("tokens").path("valid").asBoolean()).isTrue();
    }
}
