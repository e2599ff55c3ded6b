package io.cognate.userpool.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/**
 * MFA_SETUP lists the MFA types activated for the pool in MFAS_CAN_SETUP (RespondToAuthChallenge in
 * the service model), EMAIL_OTP included where the pool has an EmailMfaConfiguration.
 */
@QuarkusTest
class MfaSetupOffersQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    MfaFixture fixture;

    @BeforeEach
    void pool() {
        fixture = new MfaFixture(endpoint);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void signInWhenMfaOnWithEmailMfaAndUserWithoutContactsThenMfaSetupOffersTotpAndEmailOtp() {
        fixture.mfa(UserPoolMfaType.ON, false, true);
        String username = fixture.bareUser();

        var setup = fixture.signIn(username);

        assertThat(setup.challengeName()).isEqualTo(ChallengeNameType.MFA_SETUP);
        assertThat(setup.challengeParameters())
                .containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]")
                .containsEntry("USER_ID_FOR_SRP", username);
    }

    @Test
    void signInWhenMfaOnWithEmailMfaAndUserHasEmailThenEmailOtpChallengeAtOnce() {
        fixture.mfa(UserPoolMfaType.ON, false, true);
        String username = fixture.user(io.cognate.userpool.testing.SelfService.freshEmail("on"));

        var challenge = fixture.signIn(username);

        // A verified authenticator comes first, then a phone, then an address: here the address.
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
        assertThat(challenge.challengeParameters())
                .containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL");
    }
}
