package io.cognate.userpool.mfa;

import static io.cognate.userpool.testing.SelfService.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.testing.RealSmtpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/**
 * Email MFA set up through MFA_SETUP as AWS's Amplify client drives it: MFA_SETUP answered with the
 * address as {@code EMAIL}, an EMAIL_OTP challenge whose code is mailed there (SMTP), then tokens,
 * the address the user's verified email and email MFA enabled and preferred.
 */
@QuarkusTest
class MfaEmailSetupQuarkusTest {

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
    void mfaSetupWhenEmailGivenThenEmailOtpThenTokensAndEmailMfaEnabled() {
        fixture.mfa(UserPoolMfaType.ON, false, true);
        String username = fixture.bareUser();
        String email = freshEmail("setup");
        var setup = fixture.signIn(username);
        assertThat(setup.challengeName()).isEqualTo(ChallengeNameType.MFA_SETUP);

        RespondToAuthChallengeResponse otp = chooseEmail(username, setup.session(), email);

        assertThat(otp.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
        assertThat(otp.challengeParameters())
                .containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL")
                .containsEntry("CODE_DELIVERY_DESTINATION", email.charAt(0) + "***@e***")
                .containsEntry("USER_ID_FOR_SRP", username);
        RealSmtpServer.Received mail = RealSmtpServer.awaitMessage(email, 1);
        assertThat(mail.subject()).isEqualTo("Sign-in code");

        var tokens = answer(username, otp.session(), mail.code());

        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
        AdminGetUserResponse user = user(username);
        assertThat(user.userAttributes())
                .contains(attr("email", email), attr("email_verified", "true"));
        assertThat(user.userMFASettingList()).containsExactly("EMAIL_OTP");
        assertThat(user.preferredMfaSetting()).isEqualTo("EMAIL_OTP");
        assertThat(fixture.signIn(username).challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
    }

    @Test
    void mfaSetupWhenEmailGivenAndWrongCodeThenCodeMismatchAndUserUnchanged() {
        fixture.mfa(UserPoolMfaType.ON, false, true);
        String username = fixture.bareUser();
        String email = freshEmail("setup-wrong");
        var otp = chooseEmail(username, fixture.signIn(username).session(), email);
        String code = RealSmtpServer.awaitMessage(email, 1).code();

        assertThatThrownBy(
                        () ->
                                answer(
                                        username,
                                        otp.session(),
                                        code.equals("000000") ? "000001" : "000000"))
                .isInstanceOf(CodeMismatchException.class);

        AdminGetUserResponse user = user(username);
        assertThat(user.userAttributes()).extracting(AttributeType::name).doesNotContain("email");
        assertThat(user.userMFASettingList()).isEmpty();
        assertThat(fixture.signIn(username).challengeName()).isEqualTo(ChallengeNameType.MFA_SETUP);
    }

    @Test
    void mfaSetupWhenEmailMalformedThenInvalidParameterAndSessionStillUsable() {
        fixture.mfa(UserPoolMfaType.ON, false, true);
        String username = fixture.bareUser();
        String session = fixture.signIn(username).session();

        assertThatThrownBy(() -> chooseEmail(username, session, "not-an-address"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("Invalid email address format.");

        assertThat(chooseEmail(username, session, freshEmail("setup-retry")).challengeName())
                .isEqualTo(ChallengeNameType.EMAIL_OTP);
    }

    @Test
    void mfaSetupWhenPoolWithoutEmailMfaThenEmailRefused() {
        fixture.mfa(UserPoolMfaType.ON, false, false);
        String username = fixture.bareUser();
        var setup = fixture.signIn(username);
        assertThat(setup.challengeParameters())
                .containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");

        assertThatThrownBy(() -> chooseEmail(username, setup.session(), freshEmail("setup-off")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("Email MFA is not enabled for this user pool.");
    }

    private RespondToAuthChallengeResponse chooseEmail(
            String username, String session, String email) {
        return fixture.respond("MFA_SETUP", session, Map.of("USERNAME", username, "EMAIL", email));
    }

    private RespondToAuthChallengeResponse answer(String username, String session, String code) {
        return fixture.respond(
                "EMAIL_OTP", session, Map.of("USERNAME", username, "EMAIL_OTP_CODE", code));
    }

    private AdminGetUserResponse user(String username) {
        return fixture.admin.adminGetUser(r -> r.userPoolId(fixture.poolId).username(username));
    }

    private static AttributeType attr(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
