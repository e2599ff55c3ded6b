package io.cognate.userpool.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;

/**
 * amazon-cognito-identity-js's device tracking: it confirms the device a sign-in announces, and the
 * next sign-in of the same app proves that device with DEVICE_SRP_AUTH, which only succeeds when
 * the server does Cognito's device SRP exactly.
 */
@QuarkusTest
class AmplifyDevicesQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    SignInFixture fixture;
    AmplifyClient amplify;

    @BeforeEach
    void pool() {
        fixture = new SignInFixture(endpoint, PreventUserExistenceErrorTypes.ENABLED);
        fixture.cognito.updateUserPool(
                r ->
                        r.userPoolId(fixture.poolId)
                                .deviceConfiguration(
                                        d ->
                                                d.challengeRequiredOnNewDevice(false)
                                                        .deviceOnlyRememberedOnUserPrompt(true)));
        amplify = new AmplifyClient(endpoint, fixture.poolId, fixture.clientId);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void authenticateUserWhenDeviceRememberedThenSecondSignInGoesThroughDeviceSrp() {
        String username = fixture.confirmedUser();

        JsonNode result = amplify.trackDevice(username, SignInFixture.PASSWORD, true);

        assertThat(result.path("second").path("error").isMissingNode())
                .as("result: %s", result)
                .isTrue();
        assertThat(AmplifyResults.calls(result))
                .containsExactly(
                        "InitiateAuth USER_SRP_AUTH",
                        "RespondToAuthChallenge PASSWORD_VERIFIER",
                        "ConfirmDevice null",
                        "UpdateDeviceStatus null",
                        "InitiateAuth USER_SRP_AUTH",
                        "RespondToAuthChallenge PASSWORD_VERIFIER",
                        "RespondToAuthChallenge DEVICE_SRP_AUTH",
                        "RespondToAuthChallenge DEVICE_PASSWORD_VERIFIER",
                        "ListDevices null",
                        "InitiateAuth REFRESH_TOKEN_AUTH");
        String deviceKey = result.get("deviceKey").asText();
        String accessToken = result.get("second").get("tokens").get("accessToken").asText();
        assertThat(claim(accessToken, "device_key")).isEqualTo(deviceKey);
        JsonNode devices = result.get("devices").get("Devices");
        assertThat(devices).hasSize(1);
        assertThat(devices.get(0).get("DeviceKey").asText()).isEqualTo(deviceKey);
        assertThat(devices.get(0).get("DeviceAttributes").toString())
                .contains("\"dev:device_remembered_status\"")
                .contains("\"remembered\"");
        assertThat(result.get("refreshed").get("tokens").get("valid").asBoolean())
                .as("refreshed: %s", result.get("refreshed"))
                .isTrue();
        try (var admin = CognitoClients.root(endpoint)) {
            var device =
                    admin.adminGetDevice(
                            r ->
                                    r.userPoolId(fixture.poolId)
                                            .username(username)
                                            .deviceKey(deviceKey));
            assertThat(device.device().deviceLastAuthenticatedDate())
                    .isAfterOrEqualTo(device.device().deviceCreateDate());
        }
    }

    private static String claim(String jwt, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(payload)
                    .path(name)
                    .asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
