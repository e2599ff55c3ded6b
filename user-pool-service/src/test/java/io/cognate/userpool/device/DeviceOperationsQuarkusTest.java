package io.cognate.userpool.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.srp.DeviceVerifier;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceKeyExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceRememberedStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** ConfirmDevice and the user and admin device operations, through the AWS SDK for Java v2. */
@QuarkusTest
class DeviceOperationsQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    DeviceFixture fixture;

    @BeforeEach
    void pool() {
        fixture = new DeviceFixture(endpoint, true);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void confirmDeviceWhenPoolRemembersOnPromptThenConfirmationNecessaryAndNotRemembered() {
        String username = fixture.confirmedUser();
        var tokens = fixture.signIn(username, null).authenticationResult();
        var device = fixture.confirm(tokens);

        var got =
                fixture.cognito.getDevice(
                        r -> r.accessToken(tokens.accessToken()).deviceKey(device.key()));

        assertThat(attributes(got.device()))
                .containsEntry("device_status", "valid")
                .containsEntry("device_name", "test-agent")
                .containsEntry("dev:device_remembered_status", "not_remembered")
                .containsKey("last_ip_used");
        assertThat(got.device().deviceCreateDate()).isNotNull();
        assertThat(got.device().deviceLastModifiedDate()).isNotNull();
    }

    @Test
    void confirmDeviceWhenPoolAlwaysRemembersThenNoConfirmationNecessary() {
        try (var always = new DeviceFixture(endpoint, false)) {
            String username = always.confirmedUser();
            var tokens = always.signIn(username, null).authenticationResult();
            var config =
                    DeviceVerifier.of(
                            tokens.newDeviceMetadata().deviceGroupKey(),
                            tokens.newDeviceMetadata().deviceKey(),
                            "secret",
                            "0a1b2c3d4e5f60718293a4b5c6d7e8f9");

            var confirmed =
                    always.cognito.confirmDevice(
                            r ->
                                    r.accessToken(tokens.accessToken())
                                            .deviceKey(tokens.newDeviceMetadata().deviceKey())
                                            .deviceSecretVerifierConfig(
                                                    c ->
                                                            c.salt(config.salt())
                                                                    .passwordVerifier(
                                                                            config
                                                                                    .passwordVerifier())));

            assertThat(confirmed.userConfirmationNecessary()).isFalse();
            var device =
                    always.cognito.adminGetDevice(
                            r ->
                                    r.userPoolId(always.poolId)
                                            .username(username)
                                            .deviceKey(tokens.newDeviceMetadata().deviceKey()));
            assertThat(attributes(device.device()))
                    .containsEntry("dev:device_remembered_status", "remembered");
        }
    }

    @Test
    void confirmDeviceWhenConfirmedAlreadyThenDeviceKeyExists() {
        String username = fixture.confirmedUser();
        var tokens = fixture.signIn(username, null).authenticationResult();
        var device = fixture.confirm(tokens);

        assertThatThrownBy(
                        () ->
                                fixture.cognito.confirmDevice(
                                        r ->
                                                r.accessToken(tokens.accessToken())
                                                        .deviceKey(device.key())
                                                        .deviceSecretVerifierConfig(
                                                                c ->
                                                                        c.salt("AAEC")
                                                                                .passwordVerifier(
                                                                                        "AAEC"))))
                .isInstanceOf(DeviceKeyExistsException.class);
    }

    @Test
    void confirmDeviceWhenKeyUnknownOrVerifierMissingThenRefused() {
        String username = fixture.confirmedUser();
        var tokens = fixture.signIn(username, null).authenticationResult();

        assertThatThrownBy(
                        () ->
                                fixture.cognito.confirmDevice(
                                        r ->
                                                r.accessToken(tokens.accessToken())
                                                        .deviceKey(
                                                                "us-east-1_00000000-0000-0000-0000-000000000000")
                                                        .deviceSecretVerifierConfig(
                                                                c ->
                                                                        c.salt("AAEC")
                                                                                .passwordVerifier(
                                                                                        "AAEC"))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Device does not exist.");
        assertThatThrownBy(
                        () ->
                                fixture.cognito.confirmDevice(
                                        r ->
                                                r.accessToken(tokens.accessToken())
                                                        .deviceKey(
                                                                tokens.newDeviceMetadata()
                                                                        .deviceKey())))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void getDeviceWhenDeviceOfAnotherUserThenResourceNotFound() {
        String owner = fixture.confirmedUser();
        var device = fixture.signInAndConfirm(owner);
        String other = fixture.confirmedUser();
        var tokens = fixture.signIn(other, null).authenticationResult();

        assertThatThrownBy(
                        () ->
                                fixture.cognito.getDevice(
                                        r ->
                                                r.accessToken(tokens.accessToken())
                                                        .deviceKey(device.key())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void updateDeviceStatusWhenRememberedThenListedRememberedAndBackWhenNotRemembered() {
        String username = fixture.confirmedUser();
        var tokens = fixture.signIn(username, null).authenticationResult();
        var device = fixture.confirm(tokens);

        fixture.cognito.updateDeviceStatus(
                r ->
                        r.accessToken(tokens.accessToken())
                                .deviceKey(device.key())
                                .deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED));
        var listed = fixture.cognito.listDevices(r -> r.accessToken(tokens.accessToken()));
        assertThat(listed.devices()).hasSize(1);
        assertThat(attributes(listed.devices().get(0)))
                .containsEntry("dev:device_remembered_status", "remembered");

        fixture.cognito.adminUpdateDeviceStatus(
                r ->
                        r.userPoolId(fixture.poolId)
                                .username(username)
                                .deviceKey(device.key())
                                .deviceRememberedStatus(DeviceRememberedStatusType.NOT_REMEMBERED));
        var admin =
                fixture.cognito.adminListDevices(
                        r -> r.userPoolId(fixture.poolId).username(username));
        assertThat(attributes(admin.devices().get(0)))
                .containsEntry("dev:device_remembered_status", "not_remembered");
    }

    @Test
    void listDevicesWhenMoreThanLimitThenPagedAndUnconfirmedLeftOut() {
        String username = fixture.confirmedUser();
        var first = fixture.signInAndConfirm(username);
        var second = fixture.signInAndConfirm(username);
        var tokens = fixture.signIn(username, null).authenticationResult(); // unconfirmed third

        var page1 = fixture.cognito.listDevices(r -> r.accessToken(tokens.accessToken()).limit(1));
        var page2 =
                fixture.cognito.listDevices(
                        r ->
                                r.accessToken(tokens.accessToken())
                                        .limit(1)
                                        .paginationToken(page1.paginationToken()));

        assertThat(page1.devices()).extracting(DeviceType::deviceKey).containsExactly(first.key());
        assertThat(page2.devices()).extracting(DeviceType::deviceKey).containsExactly(second.key());
        assertThat(page2.paginationToken()).isNull();
        assertThatThrownBy(
                        () ->
                                fixture.cognito.adminListDevices(
                                        r ->
                                                r.userPoolId(fixture.poolId)
                                                        .username(username)
                                                        .paginationToken("bogus")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void adminForgetDeviceWhenForgottenThenGoneForUserAndAdmin() {
        String username = fixture.confirmedUser();
        var device = fixture.signInAndConfirm(username);

        fixture.cognito.adminForgetDevice(
                r -> r.userPoolId(fixture.poolId).username(username).deviceKey(device.key()));

        assertThatThrownBy(
                        () ->
                                fixture.cognito.adminGetDevice(
                                        r ->
                                                r.userPoolId(fixture.poolId)
                                                        .username(username)
                                                        .deviceKey(device.key())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(
                        () ->
                                fixture.cognito.adminForgetDevice(
                                        r ->
                                                r.userPoolId(fixture.poolId)
                                                        .username(username)
                                                        .deviceKey(device.key())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void adminDeviceOperationsWhenUserOrPoolUnknownThenNotFound() {
        String key = "us-east-1_00000000-0000-0000-0000-000000000000";

        assertThatThrownBy(
                        () ->
                                fixture.cognito.adminListDevices(
                                        r -> r.userPoolId(fixture.poolId).username("nobody")))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(
                        () ->
                                fixture.cognito.adminUpdateDeviceStatus(
                                        r ->
                                                r.userPoolId("us-east-1_Nope12345")
                                                        .username("nobody")
                                                        .deviceKey(key)
                                                        .deviceRememberedStatus(
                                                                DeviceRememberedStatusType
                                                                        .REMEMBERED)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("User pool us-east-1_Nope12345 does not exist.");
    }

    private static Map<String, String> attributes(DeviceType device) {
        return device.deviceAttributes().stream()
                .collect(Collectors.toMap(AttributeType::name, AttributeType::value));
    }
}
