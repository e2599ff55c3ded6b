package io.cognate.userpool.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.srp.SrpClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * Wrong device proofs (DEVICE_PASSWORD_VERIFIER) count toward the per-user lockout shared with the
 * passwords (SECURITY-CASES 12), even when each comes after a right password.
 */
@QuarkusTest
class DeviceProofLockoutQuarkusTest {

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
    void devicePasswordVerifierWhenFiveWrongProofsThenUserLockedOut() {
        String username = fixture.confirmedUser();
        var device = fixture.signInAndConfirm(username);
        // Each wrong proof spends its Session, so every guess needs a fresh sign-in first.
        List<SrpClient> clients = new ArrayList<>();
        List<RespondToAuthChallengeResponse> challenges = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            SrpClient srp = SrpClient.random();
            var started = fixture.signIn(username, device.key());
            clients.add(srp);
            challenges.add(fixture.deviceSrp(username, started.session(), device, srp));
        }

        for (int i = 0; i < 5; i++) {
            var challenge = challenges.get(i);
            var srp = clients.get(i);
            assertThatThrownBy(
                            () -> fixture.devicePassword(username, challenge, device, srp, "nope"))
                    .isInstanceOf(NotAuthorizedException.class)
                    .hasMessageStartingWith("Incorrect username or password.");
        }

        assertThatThrownBy(
                        () ->
                                fixture.devicePassword(
                                        username,
                                        challenges.get(5),
                                        device,
                                        clients.get(5),
                                        device.password()))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Password attempts exceeded");
        assertThatThrownBy(() -> fixture.signIn(username, null))
                .hasMessageStartingWith("Password attempts exceeded");
    }

    @Test
    void devicePasswordVerifierWhenOneWrongProofThenDeviceSignInStillWorks() {
        String username = fixture.confirmedUser();
        var device = fixture.signInAndConfirm(username);
        SrpClient srp = SrpClient.random();
        var wrong =
                fixture.deviceSrp(
                        username, fixture.signIn(username, device.key()).session(), device, srp);
        assertThatThrownBy(() -> fixture.devicePassword(username, wrong, device, srp, "nope"))
                .isInstanceOf(NotAuthorizedException.class);

        var tokens = fixture.deviceSignIn(username, device);

        assertThat(tokens.accessToken()).isNotBlank();
    }
}
