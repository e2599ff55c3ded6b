package io.cognate.userpool.mfa;

import static io.cognate.userpool.testing.SelfService.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.userpool.testing.NodeClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/**
 * amazon-cognito-identity-js signs in through SOFTWARE_TOKEN_MFA: authenticateUser, totpRequired,
 * sendMFACode with a code this test computes from the secret AssociateSoftwareToken handed out.
 */
@QuarkusTest
class AmplifyTotpQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    MfaFixture fixture;

    @BeforeEach
    void pool() {
        fixture = new MfaFixture(endpoint).mfa(UserPoolMfaType.OPTIONAL, false, false);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void authenticateUserWhenTotpEnrolledThenTotpRequiredAndSendMfaCodeGivesValidSession() {
        String username = fixture.user(freshEmail("amplify"));
        String secret = fixture.enrolTotp(fixture.accessToken(username));

        JsonNode result = signIn("USER_SRP_AUTH", username, MfaFixture.nextCode(secret));

        assertThat(result.path("error").isMissingNode()).as(result.toString()).isTrue();
        assertThat(result.path("challenges").get(0).path("name").asText())
                .isEqualTo("SOFTWARE_TOKEN_MFA");
        assertThat(result.path("tokens").path("valid").asBoolean()).isTrue();
        assertThat(result.path("calls").toString())
                .contains("\"challengeName\":\"SOFTWARE_TOKEN_MFA\"");
    }

    @Test
    void authenticateUserWhenCodeWrongThenCodeMismatchReachesOnFailure() {
        String username = fixture.user(freshEmail("amplifywrong"));
        String secret = fixture.enrolTotp(fixture.accessToken(username));
        String right = MfaFixture.nextCode(secret);

        JsonNode result =
                signIn(
                        "USER_PASSWORD_AUTH",
                        username,
                        right.equals("000000") ? "000001" : "000000");

        assertThat(result.path("error").path("code").asText()).isEqualTo("CodeMismatchException");
    }

    private JsonNode signIn(String flow, String username, String code) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("endpoint", endpoint.toString());
        input.put("userPoolId", fixture.poolId);
        input.put("clientId", fixture.clientId);
        input.put("username", username);
        input.put("password", MfaFixture.PASSWORD);
        input.put("flow", flow);
        input.put("code", code);
        return NodeClients.run("totp.js", input);
    }
}
