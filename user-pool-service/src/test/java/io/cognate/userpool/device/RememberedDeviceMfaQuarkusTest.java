package io.cognate.userpool.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.contracts.srp.SrpClient;
import io.cognate.userpool.mfa.Totp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/**
 * ChallengeRequiredOnNewDevice (DeviceConfigurationType in the service model): when true, a
 * remembered device signs in with device authentication instead of the second factor; when false,
 * the device is still proved but MFA follows; a device that is not remembered always passes MFA.
 */
@QuarkusTest
class RememberedDeviceMfaQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Test
    void deviceSignInWhenChallengeRequiredOnNewDeviceThenRememberedDeviceSkipsMfa() {
        try (DeviceFixture fixture = fixture(true)) {
            String username = fixture.confirmedUser();
            var first = fixture.signIn(username, null).authenticationResult();
            var device = fixture.confirm(first);
            enrolTotp(fixture, first.accessToken());

            var tokens = fixture.deviceSignIn(username, device);

            assertThat(tokens).isNotNull();
            assertThat(DeviceFixture.claims(tokens.accessToken()).get("device_key").asText())
                    .isEqualTo(device.key());
        }
    }

    @Test
    void signInWhenChallengeRequiredOnNewDeviceAndNoDeviceKeyThenMfaChallenge() {
        try (DeviceFixture fixture = fixture(true)) {
            String username = fixture.confirmedUser();
            var first = fixture.signIn(username, null).authenticationResult();
            fixture.confirm(first);
            enrolTotp(fixture, first.accessToken());

            var started = fixture.signIn(username, null);

            assertThat(started.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
        }
    }

    @Test
    void deviceSignInWhenChallengeNotRequiredOnNewDeviceThenRememberedDeviceStillPassesMfa() {
        try (DeviceFixture fixture = fixture(false)) {
            String username = fixture.confirmedUser();
            var first = fixture.signIn(username, null).authenticationResult();
            var device = fixture.confirm(first);
            String secret = enrolTotp(fixture, first.accessToken());
            var started = fixture.signIn(username, device.key());
            assertThat(started.challengeName()).isEqualTo(ChallengeNameType.DEVICE_SRP_AUTH);
            SrpClient srp = SrpClient.random();
            var challenge = fixture.deviceSrp(username, started.session(), device, srp);

            var proved =
                    fixture.devicePassword(username, challenge, device, srp, device.password());

            assertThat(proved.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
            assertThat(proved.authenticationResult()).isNull();
            var tokens =
                    fixture.cognito.respondToAuthChallenge(
                            r ->
                                    r.clientId(fixture.clientId)
                                            .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA)
                                            .session(proved.session())
                                            .challengeResponses(
                                                    Map.of(
                                                            "USERNAME",
                                                            username,
                                                            "SOFTWARE_TOKEN_MFA_CODE",
                                                            Totp.code(
                                                                    secret,
                                                                    Instant.now()
                                                                            .plusSeconds(30)))));
            assertThat(
                            DeviceFixture.claims(tokens.authenticationResult().accessToken())
                                    .get("device_key")
                                    .asText())
                    .isEqualTo(device.key());
        }
    }

    /** A pool that tracks and always remembers devices, with optional TOTP MFA. */
    private DeviceFixture fixture(boolean challengeRequiredOnNewDevice) {
        DeviceFixture fixture = new DeviceFixture(endpoint, false, challengeRequiredOnNewDevice);
        fixture.cognito.setUserPoolMfaConfig(
                r ->
                        r.userPoolId(fixture.poolId)
                                .mfaConfiguration(UserPoolMfaType.OPTIONAL)
                                .softwareTokenMfaConfiguration(t -> t.enabled(true)));
        return fixture;
    }

    /** Associates and verifies an authenticator, which MFA then asks for; its secret. */
    private static String enrolTotp(DeviceFixture fixture, String accessToken) {
        String secret =
                fixture.cognito
                        .associateSoftwareToken(r -> r.accessToken(accessToken))
                        .secretCode();
        fixture.cognito.verifySoftwareToken(
                r -> r.accessToken(accessToken).userCode(Totp.code(secret, Instant.now())));
        return secret;
    }
}
