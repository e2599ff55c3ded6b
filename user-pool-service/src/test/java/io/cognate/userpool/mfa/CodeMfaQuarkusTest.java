package io.cognate.userpool.mfa;

import static io.cognate.userpool.testing.SelfService.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.contracts.events.userpool.SignInEvent;
import io.cognate.contracts.events.userpool.SignInFailed;
import io.cognate.userpool.testing.RealSmtpServer;
import io.cognate.userpool.testing.TopicReader;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/**
 * SMS_MFA and EMAIL_OTP codes through the directory's delivery path (Kafka, and SMTP for email),
 * and SELECT_MFA_TYPE between them.
 */
@QuarkusTest
class CodeMfaQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    MfaFixture fixture;

    @BeforeEach
    void pool() {
        fixture = new MfaFixture(endpoint).mfa(UserPoolMfaType.OPTIONAL, true, true);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void signInWhenSmsMfaEnabledThenCodeDeliveredOverKafkaAndWrongCodeRefusedRightCodeAccepted() {
        String username = fixture.user(freshEmail("sms"));
        String sub = enable(username, true, false, "SMS_MFA");

        var challenge = fixture.signIn(username);

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
        assertThat(challenge.challengeParameters())
                .containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS")
                .containsEntry("CODE_DELIVERY_DESTINATION", "+*******0123")
                .containsEntry("USER_ID_FOR_SRP", username);
        CodeDeliveryRequested delivery = MfaFixture.delivery(sub, "SMS");
        assertThat(delivery.destination()).isEqualTo("+12065550123");
        assertThat(delivery.message()).isEqualTo("Your sign-in code is " + delivery.code());
        assertThatThrownBy(
                        () ->
                                fixture.respond(
                                        "SMS_MFA",
                                        challenge.session(),
                                        Map.of(
                                                "USERNAME",
                                                username,
                                                "SMS_MFA_CODE",
                                                wrong(delivery.code()))))
                .isInstanceOf(CodeMismatchException.class);
        try (var signIns = TopicReader.subscribe(SignInEvent.TOPIC)) {
            assertThat(
                            TopicReader.await(
                                    signIns,
                                    e ->
                                            e instanceof SignInFailed f
                                                    && sub.equals(f.sub())
                                                    && "CODE_MISMATCH".equals(f.reason()),
                                    1))
                    .hasSize(1);
        }
        var tokens =
                fixture.respond(
                        "SMS_MFA",
                        challenge.session(),
                        Map.of("USERNAME", username, "SMS_MFA_CODE", delivery.code()));
        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void signInWhenEmailOtpEnabledThenCodeMailedOverSmtpAndAccepted() {
        String email = freshEmail("otp");
        String username = fixture.user(email);
        enable(username, false, true, "EMAIL_OTP");

        var challenge = fixture.signIn(username);

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
        assertThat(challenge.challengeParameters())
                .containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL")
                .containsEntry("CODE_DELIVERY_DESTINATION", email.charAt(0) + "***@e***");
        var mail = RealSmtpServer.awaitMessage(email, 1);
        assertThat(mail.subject()).isEqualTo("Sign-in code");
        var tokens =
                fixture.respond(
                        "EMAIL_OTP",
                        challenge.session(),
                        Map.of("USERNAME", username, "EMAIL_OTP_CODE", mail.code()));
        assertThat(tokens.authenticationResult().idToken()).isNotBlank();
    }

    @Test
    void signInWhenTwoFactorsAndNonePreferredThenSelectMfaTypeThenTheChosenOne() {
        String email = freshEmail("choose");
        String username = fixture.user(email);
        enable(username, true, true, null);

        var select = fixture.signIn(username);

        assertThat(select.challengeName()).isEqualTo(ChallengeNameType.SELECT_MFA_TYPE);
        assertThat(select.challengeParameters())
                .containsEntry("MFAS_CAN_CHOOSE", "[\"SMS_MFA\",\"EMAIL_OTP\"]");
        var emailChallenge =
                fixture.respond(
                        "SELECT_MFA_TYPE",
                        select.session(),
                        Map.of("USERNAME", username, "ANSWER", "EMAIL_OTP"));
        assertThat(emailChallenge.challengeNameAsString()).isEqualTo("EMAIL_OTP");
        var tokens =
                fixture.respond(
                        "EMAIL_OTP",
                        emailChallenge.session(),
                        Map.of(
                                "USERNAME",
                                username,
                                "EMAIL_OTP_CODE",
                                RealSmtpServer.awaitMessage(email, 1).code()));
        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    }

    /** Enables the factors by AdminSetUserMFAPreference; the user's sub. */
    private String enable(String username, boolean sms, boolean email, String preferred) {
        fixture.admin.adminSetUserMFAPreference(
                r ->
                        r.userPoolId(fixture.poolId)
                                .username(username)
                                .smsMfaSettings(
                                        s ->
                                                s.enabled(sms)
                                                        .preferredMfa("SMS_MFA".equals(preferred)))
                                .emailMfaSettings(
                                        s ->
                                                s.enabled(email)
                                                        .preferredMfa(
                                                                "EMAIL_OTP".equals(preferred))));
        return fixture
                .admin
                .adminGetUser(r -> r.userPoolId(fixture.poolId).username(username))
                .userAttributes()
                .stream()
                .filter(a -> a.name().equals("sub"))
                .findFirst()
                .orElseThrow()
                .value();
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }
}
