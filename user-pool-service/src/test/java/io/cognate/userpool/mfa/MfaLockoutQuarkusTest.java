package io.cognate.userpool.mfa;

import static io.cognate.userpool.testing.SelfService.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.testing.Parallel;
import io.cognate.userpool.testing.RealSmtpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/**
 * Brute force of the second factor (SECURITY-CASES 12): wrong SOFTWARE_TOKEN_MFA, SMS_MFA and
 * EMAIL_OTP codes count toward the same per-user lockout as wrong passwords, across Sessions and in
 * parallel; the test profile's first lockout is 60 s, so a tripped lockout holds for the test.
 */
@QuarkusTest
class MfaLockoutQuarkusTest {

    static final String LOCKED = "Password attempts exceeded";

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
    void softwareTokenMfaWhenFiveWrongCodesThenPasswordSignInLockedOut() {
        String username = fixture.user(freshEmail("totp-lock"));
        String secret = fixture.enrolTotp(fixture.accessToken(username));
        var challenge = fixture.signIn(username);
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> answerTotp(username, challenge.session(), wrongTotp(secret)))
                    .isInstanceOf(CodeMismatchException.class);
        }

        assertThatThrownBy(() -> fixture.signIn(username))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith(LOCKED);
    }

    @Test
    void softwareTokenMfaWhenWrongCodesSpreadOverSessionsThenRightCodeRefusedWhileLocked() {
        String username = fixture.user(freshEmail("totp-spread"));
        String secret = fixture.enrolTotp(fixture.accessToken(username));
        // Every Session opened before the guessing: a right password must not wipe the count.
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sessions.add(fixture.signIn(username).session());
        }

        for (int i = 0; i < 5; i++) {
            String session = sessions.get(i);
            assertThatThrownBy(() -> answerTotp(username, session, wrongTotp(secret)))
                    .isInstanceOf(CodeMismatchException.class);
        }

        assertThatThrownBy(() -> answerTotp(username, sessions.get(5), MfaFixture.nextCode(secret)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith(LOCKED);
    }

    @Test
    void softwareTokenMfaWhenTwelveWrongCodesInParallelThenOnlyFiveAreChecked() throws Exception {
        String username = fixture.user(freshEmail("totp-parallel"));
        String secret = fixture.enrolTotp(fixture.accessToken(username));
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sessions.add(fixture.signIn(username).session());
        }
        String wrong = wrongTotp(secret);
        AtomicInteger next = new AtomicInteger();

        Map<String, Integer> outcomes =
                Parallel.tally(
                        12,
                        () -> answerTotp(username, sessions.get(next.getAndIncrement()), wrong));

        assertThat(outcomes)
                .containsEntry("CodeMismatchException", 5)
                .containsEntry("NotAuthorizedException", 7)
                .hasSize(2);
        assertThatThrownBy(() -> fixture.signIn(username)).hasMessageStartingWith(LOCKED);
    }

    @Test
    void emailOtpWhenFiveWrongCodesThenPasswordSignInLockedOut() {
        String email = freshEmail("email-lock");
        String username = fixture.user(email);
        prefer(username, "EMAIL_OTP");
        var challenge = fixture.signIn(username);
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
        String wrong = wrong(RealSmtpServer.awaitMessage(email, 1).code());

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(
                            () ->
                                    fixture.respond(
                                            "EMAIL_OTP",
                                            challenge.session(),
                                            Map.of("USERNAME", username, "EMAIL_OTP_CODE", wrong)))
                    .isInstanceOf(CodeMismatchException.class);
        }

        assertThatThrownBy(() -> fixture.signIn(username))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith(LOCKED);
    }

    @Test
    void smsMfaWhenWrongCodesAfterWrongPasswordsThenLockedAtTheFifthFailure() {
        String username = fixture.user(freshEmail("sms-lock"));
        String sub = prefer(username, "SMS_MFA");
        // Two wrong passwords, then three wrong codes: one streak of five failures.
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(
                            () ->
                                    fixture.app.initiateAuth(
                                            r ->
                                                    r.clientId(fixture.clientId)
                                                            .authFlow("USER_PASSWORD_AUTH")
                                                            .authParameters(
                                                                    Map.of(
                                                                            "USERNAME",
                                                                            username,
                                                                            "PASSWORD",
                                                                            "Wr0ng-Horse!"))))
                    .hasMessageStartingWith("Incorrect username or password.");
        }
        var challenge = fixture.signIn(username);
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
        String wrong = wrong(MfaFixture.delivery(sub, "SMS").code());

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(
                            () ->
                                    fixture.respond(
                                            "SMS_MFA",
                                            challenge.session(),
                                            Map.of("USERNAME", username, "SMS_MFA_CODE", wrong)))
                    .isInstanceOf(CodeMismatchException.class);
        }

        assertThatThrownBy(() -> fixture.signIn(username))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith(LOCKED);
    }

    @Test
    void softwareTokenMfaWhenFourWrongCodesThenRightCodeEndsTheStreak() {
        String username = fixture.user(freshEmail("totp-reset"));
        String secret = fixture.enrolTotp(fixture.accessToken(username));
        var first = fixture.signIn(username);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> answerTotp(username, first.session(), wrongTotp(secret)))
                    .isInstanceOf(CodeMismatchException.class);
        }
        assertThat(
                        answerTotp(username, first.session(), MfaFixture.nextCode(secret))
                                .authenticationResult())
                .isNotNull();

        var second = fixture.signIn(username);
        assertThatThrownBy(() -> answerTotp(username, second.session(), wrongTotp(secret)))
                .isInstanceOf(CodeMismatchException.class);
        assertThat(fixture.signIn(username).challengeName())
                .isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
    }

    private RespondToAuthChallengeResponse answerTotp(
            String username, String session, String code) {
        return fixture.respond(
                "SOFTWARE_TOKEN_MFA",
                session,
                Map.of("USERNAME", username, "SOFTWARE_TOKEN_MFA_CODE", code));
    }

    /** Enables one code factor as preferred by AdminSetUserMFAPreference; the user's sub. */
    private String prefer(String username, String factor) {
        boolean sms = factor.equals("SMS_MFA");
        fixture.admin.adminSetUserMFAPreference(
                r ->
                        r.userPoolId(fixture.poolId)
                                .username(username)
                                .smsMfaSettings(s -> s.enabled(sms).preferredMfa(sms))
                                .emailMfaSettings(s -> s.enabled(!sms).preferredMfa(!sms)));
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

    /** A code no step within the accepted drift produces. */
    private static String wrongTotp(String secret) {
        Instant now = Instant.now();
        Set<String> valid = new HashSet<>();
        for (int step = -1; step <= 2; step++) {
            valid.add(Totp.code(secret, now.plusSeconds(step * Totp.STEP_SECONDS)));
        }
        for (String candidate : List.of("000000", "111111", "222222", "333333", "444444")) {
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable: at most four codes are valid");
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }
}
