package io.cognate.userpool.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.userpool.testing.WebhookReceiver;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PreTokenGeneration trigger source of a remembered device's sign-in (cognito.md §3.5 step 5):
 * {@code TokenGeneration_AuthenticateDevice} once DEVICE_PASSWORD_VERIFIER is answered.
 */
@QuarkusTest
class DeviceTokenGenerationQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    DeviceFixture fixture;

    @BeforeEach
    void pool() {
        WebhookReceiver.reset();
        fixture = new DeviceFixture(endpoint, false);
        // UpdateUserPool replaces the pool's settings: the device configuration is repeated.
        fixture.cognito.updateUserPool(
                r ->
                        r.userPoolId(fixture.poolId)
                                .deviceConfiguration(
                                        d ->
                                                d.challengeRequiredOnNewDevice(false)
                                                        .deviceOnlyRememberedOnUserPrompt(false))
                                .lambdaConfig(
                                        l ->
                                                l.preTokenGeneration(
                                                        WebhookReceiver.functionArn(
                                                                "PreTokenGeneration"))));
    }

    @AfterEach
    void close() {
        fixture.close();
        WebhookReceiver.reset();
    }

    @Test
    void devicePasswordVerifierWhenTriggerSetThenAuthenticateDeviceSource() {
        String username = fixture.confirmedUser();
        var device = fixture.signInAndConfirm(username);

        var tokens = fixture.deviceSignIn(username, device);

        assertThat(DeviceFixture.claims(tokens.accessToken()).get("device_key").asText())
                .isEqualTo(device.key());
        var calls = WebhookReceiver.received("PreTokenGeneration", fixture.poolId);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).event().get("triggerSource").asText())
                .isEqualTo("TokenGeneration_Authentication");
        JsonNode event = calls.get(1).event();
        assertThat(event.get("triggerSource").asText())
                .isEqualTo("TokenGeneration_AuthenticateDevice");
        assertThat(event.get("userName").asText()).isEqualTo(username);
        assertThat(event.at("/callerContext/clientId").asText()).isEqualTo(fixture.clientId);
        assertThat(event.at("/request/userAttributes/cognito:user_status").asText())
                .isEqualTo("CONFIRMED");
        assertThat(event.at("/response").has("claimsOverrideDetails")).isTrue();
    }
}
