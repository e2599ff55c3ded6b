package io.cognate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceRememberedStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;

/**
 * Remembered devices through the gateway with the AWS SDK, the client side computed as
 * amazon-cognito-identity-js does: SRP sign-in announces a device, ConfirmDevice stores its
 * verifier, the next sign-in proves it with DEVICE_SRP_AUTH / DEVICE_PASSWORD_VERIFIER and skips
 * TOTP MFA once the device is remembered; the user and admin device operations; a forged proof.
 */
@ExtendWith(SharedSuite.class)
class DevicesThroughGatewayIT {

    private static final LocalSuite SUITE = SharedSuite.SUITE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CognitoIdentityProviderClient cognito;
    private static DeviceSignIns remembering;
    private static DeviceSignIns onPrompt;

    @BeforeAll
    static void launch() throws Exception {
        cognito = GatewayClients.cognito(GatewayClients.root(SUITE.rootCredentials()));
        remembering = new DeviceSignIns(cognito, false);
        onPrompt = new DeviceSignIns(cognito, true);
    }

    @AfterAll
    static void shutdown() throws Exception {
        if (cognito != null) {
            cognito.close();
        }
    }

    @Test
    void signInWhenDeviceRememberedThenDeviceSrpProvesItAndMfaIsSkipped() throws Exception {
        String username = remembering.confirmedUser();
        var first = remembering.srpSignIn(username, null).authenticationResult();
        String announced = first.newDeviceMetadata().deviceKey();
        assertThat(claims(first.accessToken()).path("device_key").asText()).isEqualTo(announced);
        var confirmed = remembering.confirm(first);
        assertThat(confirmed.userConfirmationNecessary()).isFalse();
        remembering.enrolTotp(first.accessToken());

        assertThat(remembering.srpSignIn(username, null).challengeName())
                .isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
        var deviceStep = remembering.srpSignIn(username, confirmed.device().key());
        assertThat(deviceStep.challengeName()).isEqualTo(ChallengeNameType.DEVICE_SRP_AUTH);
        var proved =
                remembering.proveDevice(
                        username, deviceStep, confirmed.device(), confirmed.device().password());

        assertThat(proved.challengeName()).isNull();
        assertThat(proved.authenticationResult().newDeviceMetadata()).isNull();
        assertThat(claims(proved.authenticationResult().accessToken()).path("device_key").asText())
                .isEqualTo(confirmed.device().key());
    }

    @Test
    void signInWhenDeviceRememberedOnlyOnPromptThenMfaUntilTheUserRemembersIt() {
        String username = onPrompt.confirmedUser();
        var first = onPrompt.srpSignIn(username, null).authenticationResult();
        var confirmed = onPrompt.confirm(first);
        assertThat(confirmed.userConfirmationNecessary()).isTrue();
        onPrompt.enrolTotp(first.accessToken());
        var device = confirmed.device();

        var notRemembered =
                onPrompt.proveDevice(
                        username,
                        onPrompt.srpSignIn(username, device.key()),
                        device,
                        device.password());
        assertThat(notRemembered.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);

        cognito.updateDeviceStatus(
                r ->
                        r.accessToken(first.accessToken())
                                .deviceKey(device.key())
                                .deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED));
        var remembered =
                onPrompt.proveDevice(
                        username,
                        onPrompt.srpSignIn(username, device.key()),
                        device,
                        device.password());
        assertThat(remembered.challengeName()).isNull();
        assertThat(remembered.authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void deviceOperationsWhenUserAndAdminManageDevicesThenListedUpdatedAndForgotten() {
        String username = remembering.confirmedUser();
        var tokens = remembering.srpSignIn(username, null).authenticationResult();
        String mine = remembering.confirm(tokens).device().key();
        var other = remembering.srpSignIn(username, null).authenticationResult();
        String second = remembering.confirm(other).device().key();
        String pool = remembering.poolId;

        assertThat(cognito.listDevices(r -> r.accessToken(tokens.accessToken())).devices())
                .extracting(DeviceType::deviceKey)
                .containsExactlyInAnyOrder(mine, second);
        assertThat(
                        attributes(
                                cognito.getDevice(
                                                r ->
                                                        r.accessToken(tokens.accessToken())
                                                                .deviceKey(second))
                                        .device()))
                .containsEntry("device_name", "e2e-agent")
                .containsEntry("dev:device_remembered_status", "remembered");
        assertThat(cognito.adminListDevices(r -> r.userPoolId(pool).username(username)).devices())
                .extracting(DeviceType::deviceKey)
                .containsExactlyInAnyOrder(mine, second);
        cognito.adminUpdateDeviceStatus(
                r ->
                        r.userPoolId(pool)
                                .username(username)
                                .deviceKey(second)
                                .deviceRememberedStatus(DeviceRememberedStatusType.NOT_REMEMBERED));
        assertThat(
                        attributes(
                                cognito.adminGetDevice(
                                                r ->
                                                        r.userPoolId(pool)
                                                                .username(username)
                                                                .deviceKey(second))
                                        .device()))
                .containsEntry("dev:device_remembered_status", "not_remembered");

        cognito.forgetDevice(r -> r.accessToken(tokens.accessToken()).deviceKey(second));
        cognito.adminForgetDevice(r -> r.userPoolId(pool).username(username).deviceKey(mine));

        assertThat(cognito.adminListDevices(r -> r.userPoolId(pool).username(username)).devices())
                .isEmpty();
        assertThatThrownBy(
                        () ->
                                cognito.adminGetDevice(
                                        r ->
                                                r.userPoolId(pool)
                                                        .username(username)
                                                        .deviceKey(second)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void devicePasswordVerifierWhenProofForgedThenNotAuthorized() {
        String username = remembering.confirmedUser();
        var first = remembering.srpSignIn(username, null).authenticationResult();
        var device = remembering.confirm(first).device();
        var deviceStep = remembering.srpSignIn(username, device.key());

        assertThatThrownBy(
                        () ->
                                remembering.proveDevice(
                                        username, deviceStep, device, "forged-device-password"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
    }

    @Test
    void amplifyWhenDeviceRememberedThenSecondSignInGoesThroughDeviceSrp() throws Exception {
        String username = onPrompt.confirmedUser();

        JsonNode result =
                AmplifyScripts.run(
                        "devices.js",
                        withRemember(
                                AmplifyScripts.signIn(
                                        onPrompt.poolId,
                                        onPrompt.clientId,
                                        username,
                                        DeviceSignIns.PASSWORD,
                                        "USER_SRP_AUTH")));

        assertThat(result.path("second").path("error").isMissingNode())
                .as("result: %s", result)
                .isTrue();
        assertThat(AmplifyScripts.calls(result))
                .containsSubsequence(
                        "ConfirmDevice null",
                        "UpdateDeviceStatus null",
                        "InitiateAuth USER_SRP_AUTH",
                        "RespondToAuthChallenge PASSWORD_VERIFIER",
                        "RespondToAuthChallenge DEVICE_SRP_AUTH",
                        "RespondToAuthChallenge DEVICE_PASSWORD_VERIFIER");
        String accessToken = result.at("/second/tokens/accessToken").asText();
        assertThat(claims(accessToken).path("device_key").asText())
                .isEqualTo(result.path("deviceKey").asText());
    }

    private static Map<String, Object> withRemember(Map<String, Object> input) {
        input.put("remember", true);
        return input;
    }

    private static Map<String, String> attributes(DeviceType device) {
        return device.deviceAttributes().stream()
                .collect(Collectors.toMap(AttributeType::name, AttributeType::value));
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
