package io.cognate.userpool.mfa;

import static io.cognate.userpool.testing.SelfService.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EnableSoftwareTokenMfaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SoftwareTokenMfaNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/**
 * TOTP through the AWS SDK: AssociateSoftwareToken / VerifySoftwareToken by access token and by
 * MFA_SETUP Session, the SOFTWARE_TOKEN_MFA challenge, wrong and replayed codes.
 */
@QuarkusTest
class SoftwareTokenMfaQuarkusTest {

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
    void verifySoftwareTokenWhenCodeWrongThenEnableSoftwareTokenMfaExceptionAndNotEnabled() {
        fixture.mfa(UserPoolMfaType.OPTIONAL, false, false);
        String username = fixture.user(freshEmail("wrong"));
        String token = fixture.accessToken(username);
        String secret = fixture.app.associateSoftwareToken(r -> r.accessToken(token)).secretCode();
        String wrong = Totp.code(secret, Instant.now().plusSeconds(300));

        assertThat(secret).hasSize(52).matches("[A-Z2-7]+");
        assertThatThrownBy(
                        () ->
                                fixture.app.verifySoftwareToken(
                                        r -> r.accessToken(token).userCode(wrong)))
                .isInstanceOf(EnableSoftwareTokenMfaException.class);
        assertThat(fixture.app.getUser(r -> r.accessToken(token)).userMFASettingList()).isEmpty();
    }

    @Test
    void verifySoftwareTokenWhenNothingAssociatedThenSoftwareTokenMfaNotFound() {
        fixture.mfa(UserPoolMfaType.OPTIONAL, false, false);
        String token = fixture.accessToken(fixture.user(freshEmail("none")));

        assertThatThrownBy(
                        () ->
                                fixture.app.verifySoftwareToken(
                                        r -> r.accessToken(token).userCode("123456")))
                .isInstanceOf(SoftwareTokenMfaNotFoundException.class);
    }

    @Test
    void signInWhenTotpEnrolledThenSoftwareTokenMfaChallengeAndRightCodeGivesTokens() {
        fixture.mfa(UserPoolMfaType.OPTIONAL, false, false);
        String username = fixture.user(freshEmail("totp"));
        String token = fixture.accessToken(username);
        String secret = fixture.enrolTotp(token);
        assertThat(fixture.app.getUser(r -> r.accessToken(token)).userMFASettingList())
                .containsExactly("SOFTWARE_TOKEN_MFA");

        var challenge = fixture.signIn(username);

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
        assertThat(challenge.authenticationResult()).isNull();
        assertThat(challenge.challengeParameters()).containsEntry("USER_ID_FOR_SRP", username);
        var tokens =
                fixture.respond(
                        "SOFTWARE_TOKEN_MFA",
                        challenge.session(),
                        Map.of(
                                "USERNAME",
                                username,
                                "SOFTWARE_TOKEN_MFA_CODE",
                                MfaFixture.nextCode(secret)));
        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
        assertThat(tokens.challengeName()).isNull();
    }

    @Test
    void respondWhenCodeWrongThenCodeMismatchAndTheSessionStillWorks() {
        fixture.mfa(UserPoolMfaType.OPTIONAL, false, false);
        String username = fixture.user(freshEmail("retry"));
        String secret = fixture.enrolTotp(fixture.accessToken(username));
        var challenge = fixture.signIn(username);
        String wrong = Totp.code(secret, Instant.now().plusSeconds(300));

        assertThatThrownBy(
                        () ->
                                fixture.respond(
                                        "SOFTWARE_TOKEN_MFA",
                                        challenge.session(),
                                        Map.of(
                                                "USERNAME",
                                                username,
                                                "SOFTWARE_TOKEN_MFA_CODE",
                                                wrong)))
                .isInstanceOf(CodeMismatchException.class)
                .hasMessageStartingWith("Invalid code received for user");
        var tokens =
                fixture.respond(
                        "SOFTWARE_TOKEN_MFA",
                        challenge.session(),
                        Map.of(
                                "USERNAME",
                                username,
                                "SOFTWARE_TOKEN_MFA_CODE",
                                MfaFixture.nextCode(secret)));
        assertThat(tokens.authenticationResult().idToken()).isNotBlank();
    }

    @Test
    void respondWhenFiveWrongCodesThenTheSessionIsBurnt() {
        fixture.mfa(UserPoolMfaType.OPTIONAL, false, false);
        String username = fixture.user(freshEmail("burn"));
        String secret = fixture.enrolTotp(fixture.accessToken(username));
        var challenge = fixture.signIn(username);
        Map<String, String> wrong =
                Map.of(
                        "USERNAME",
                        username,
                        "SOFTWARE_TOKEN_MFA_CODE",
                        Totp.code(secret, Instant.now().plusSeconds(300)));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(
                            () -> fixture.respond("SOFTWARE_TOKEN_MFA", challenge.session(), wrong))
                    .isInstanceOf(CodeMismatchException.class);
        }

        assertThatThrownBy(
                        () ->
                                fixture.respond(
                                        "SOFTWARE_TOKEN_MFA",
                                        challenge.session(),
                                        Map.of(
                                                "USERNAME",
                                                username,
                                                "SOFTWARE_TOKEN_MFA_CODE",
                                                MfaFixture.nextCode(secret))))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void respondWhenCodeAlreadyAcceptedThenExpiredCode() {
        fixture.mfa(UserPoolMfaType.OPTIONAL, false, false);
        String username = fixture.user(freshEmail("replay"));
        String secret = fixture.enrolTotp(fixture.accessToken(username));
        String code = MfaFixture.nextCode(secret);
        var first = fixture.signIn(username);
        fixture.respond(
                "SOFTWARE_TOKEN_MFA",
                first.session(),
                Map.of("USERNAME", username, "SOFTWARE_TOKEN_MFA_CODE", code));
        var second = fixture.signIn(username);

        assertThatThrownBy(
                        () ->
                                fixture.respond(
                                        "SOFTWARE_TOKEN_MFA",
                                        second.session(),
                                        Map.of(
                                                "USERNAME",
                                                username,
                                                "SOFTWARE_TOKEN_MFA_CODE",
                                                code)))
                .isInstanceOf(ExpiredCodeException.class)
                .hasMessageStartingWith("Your software token has already been used once.");
    }

    @Test
    void signInWhenMfaOnAndNothingSetUpThenMfaSetupCompletedThroughSessions() {
        fixture.mfa(UserPoolMfaType.ON, false, false);
        String username = fixture.user(freshEmail("setup"));

        var setup = fixture.signIn(username);
        assertThat(setup.challengeName()).isEqualTo(ChallengeNameType.MFA_SETUP);
        assertThat(setup.challengeParameters())
                .containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]")
                .containsEntry("USER_ID_FOR_SRP", username);
        var associated = fixture.app.associateSoftwareToken(r -> r.session(setup.session()));
        assertThat(associated.session()).isNotBlank().isNotEqualTo(setup.session());
        assertThatThrownBy(
                        () ->
                                fixture.respond(
                                        "MFA_SETUP",
                                        associated.session(),
                                        Map.of("USERNAME", username)))
                .isInstanceOf(SoftwareTokenMfaNotFoundException.class);
        var verified =
                fixture.app.verifySoftwareToken(
                        r ->
                                r.session(associated.session())
                                        .userCode(
                                                Totp.code(associated.secretCode(), Instant.now())));
        assertThat(verified.status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);

        var tokens = fixture.respond("MFA_SETUP", verified.session(), Map.of("USERNAME", username));

        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
        assertThat(fixture.signIn(username).challengeName())
                .isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
        assertThatThrownBy(
                        () -> fixture.app.associateSoftwareToken(r -> r.session(setup.session())))
                .isInstanceOf(NotAuthorizedException.class);
    }
}
