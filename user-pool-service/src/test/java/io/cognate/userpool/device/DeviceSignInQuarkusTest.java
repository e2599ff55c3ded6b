package io.cognate.userpool.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.srp.SrpClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;

/** Device tracking in the sign-in flows, driven by the AWS SDK for Java v2. */
@QuarkusTest
class DeviceSignInQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    DeviceFixture fixture;

    @BeforeEach
    void pool() {
        fixture = new DeviceFixture(endpoint, false);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void signInWhenPoolTracksDevicesThenNewDeviceMetadataAndDeviceKeyClaim() {
        String username = fixture.confirmedUser();

        var tokens = fixture.signIn(username, null).authenticationResult();

        var metadata = tokens.newDeviceMetadata();
        assertThat(metadata.deviceKey()).matches("us-east-1_[0-9a-f-]{36}");
        assertThat(metadata.deviceGroupKey()).matches("-[A-Za-z0-9]{8}");
        assertThat(DeviceFixture.claims(tokens.accessToken()).get("device_key").asText())
                .isEqualTo(metadata.deviceKey());
    }

    @Test
    void signInWhenPoolDoesNotTrackDevicesThenNoNewDeviceMetadata() {
        try (var untracked = new DeviceFixture(endpoint, null)) {
            String username = untracked.confirmedUser();

            var tokens = untracked.signIn(username, null).authenticationResult();

            assertThat(tokens.newDeviceMetadata()).isNull();
            assertThat(DeviceFixture.claims(tokens.accessToken()).has("device_key")).isFalse();
        }
    }

    @Test
    void signInWhenConfirmedDeviceThenDeviceSrpThenTokensBoundToDevice() {
        String username = fixture.confirmedUser();
        var device = fixture.signInAndConfirm(username);

        var started = fixture.signIn(username, device.key());
        assertThat(started.challengeName()).isEqualTo(ChallengeNameType.DEVICE_SRP_AUTH);
        assertThat(started.session()).isNotBlank();
        SrpClient srp = SrpClient.random();
        var challenge = fixture.deviceSrp(username, started.session(), device, srp);
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.DEVICE_PASSWORD_VERIFIER);
        assertThat(challenge.challengeParameters())
                .containsKeys("SALT", "SRP_B", "SECRET_BLOCK", "USERNAME");
        var tokens =
                fixture.devicePassword(username, challenge, device, srp, device.password())
                        .authenticationResult();

        assertThat(tokens.newDeviceMetadata()).isNull();
        assertThat(DeviceFixture.claims(tokens.accessToken()).get("device_key").asText())
                .isEqualTo(device.key());
        var seen =
                fixture.cognito.adminGetDevice(
                        r ->
                                r.userPoolId(fixture.poolId)
                                        .username(username)
                                        .deviceKey(device.key()));
        assertThat(seen.device().deviceLastAuthenticatedDate()).isNotNull();
    }

    @Test
    void devicePasswordVerifierWhenDeviceSecretWrongThenNotAuthorizedAndSessionSpent() {
        String username = fixture.confirmedUser();
        var device = fixture.signInAndConfirm(username);
        var started = fixture.signIn(username, device.key());
        SrpClient srp = SrpClient.random();
        var challenge = fixture.deviceSrp(username, started.session(), device, srp);

        assertThatThrownBy(() -> fixture.devicePassword(username, challenge, device, srp, "not-it"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
        assertThatThrownBy(
                        () ->
                                fixture.devicePassword(
                                        username, challenge, device, srp, device.password()))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void deviceSrpWhenSessionOfAnotherDeviceThenRefused() {
        String username = fixture.confirmedUser();
        var device = fixture.signInAndConfirm(username);
        var other = fixture.signInAndConfirm(username);
        var started = fixture.signIn(username, device.key());

        assertThatThrownBy(
                        () ->
                                fixture.deviceSrp(
                                        username, started.session(), other, SrpClient.random()))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void passwordVerifierWhenDeviceUnknownThenResourceNotFoundAndSameChallengeAnswerableWithout() {
        String username = fixture.confirmedUser();
        SrpClient srp = SrpClient.random();
        var challenge =
                fixture.cognito.initiateAuth(
                        r ->
                                r.clientId(fixture.clientId)
                                        .authFlow("USER_SRP_AUTH")
                                        .authParameters(
                                                java.util.Map.of(
                                                        "USERNAME",
                                                        username,
                                                        "SRP_A",
                                                        srp.srpA())));
        var answer = UserSrp.answer(fixture, challenge, srp, DeviceFixture.PASSWORD);
        answer.put("DEVICE_KEY", "us-east-1_" + java.util.UUID.randomUUID());

        assertThatThrownBy(() -> UserSrp.respond(fixture, answer))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Device does not exist.");
        answer.remove("DEVICE_KEY");
        var tokens = UserSrp.respond(fixture, answer).authenticationResult();
        assertThat(tokens.newDeviceMetadata()).isNotNull();
    }

    @Test
    void refreshWhenTokensIssuedToDeviceThenDeviceKeyRequired() {
        String username = fixture.confirmedUser();
        var device = fixture.signInAndConfirm(username);
        var tokens = fixture.deviceSignIn(username, device);

        assertThatThrownBy(() -> fixture.refresh(tokens.refreshToken(), null))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid Refresh Token");
        var refreshed = fixture.refresh(tokens.refreshToken(), device.key()).authenticationResult();
        assertThat(DeviceFixture.claims(refreshed.accessToken()).get("device_key").asText())
                .isEqualTo(device.key());
    }

    @Test
    void refreshWhenDeviceNeverConfirmedThenInvalidRefreshToken() {
        String username = fixture.confirmedUser();
        var tokens = fixture.signIn(username, null).authenticationResult();

        assertThatThrownBy(
                        () ->
                                fixture.refresh(
                                        tokens.refreshToken(),
                                        tokens.newDeviceMetadata().deviceKey()))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid Refresh Token");
    }

    @Test
    void forgetDeviceWhenSignedInOnItThenItsTokensEndAndNextSignInAnnouncesNewDevice() {
        String username = fixture.confirmedUser();
        var device = fixture.signInAndConfirm(username);
        var tokens = fixture.deviceSignIn(username, device);

        fixture.cognito.forgetDevice(
                r -> r.accessToken(tokens.accessToken()).deviceKey(device.key()));

        assertThatThrownBy(() -> fixture.refresh(tokens.refreshToken(), device.key()))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid Refresh Token");
        assertThatThrownBy(() -> fixture.cognito.getUser(r -> r.accessToken(tokens.accessToken())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Access Token has been revoked");
        var next = fixture.signIn(username, device.key());
        assertThat(next.challengeName()).isNull();
        assertThat(next.authenticationResult().newDeviceMetadata().deviceKey())
                .isNotEqualTo(device.key());
    }
}
