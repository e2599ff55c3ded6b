package io.cognate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/**
 * The MFA challenges other than SOFTWARE_TOKEN_MFA ({@link MfaThroughGatewayIT}) through the
 * gateway with the AWS SDK: MFA_SETUP of an authenticator with the sign-in's Session, SMS_MFA and
 * EMAIL_OTP with the codes read from the suite's Kafka as a delivery service would, and
 * SELECT_MFA_TYPE for a user with two factors and no preference.
 */
@ExtendWith(SharedSuite.class)
class MfaChallengesThroughGatewayIT {

    private static final LocalSuite SUITE = SharedSuite.SUITE;
    private static final String PASSWORD = "Mfa-Challenges-Pa55word!";
    private static final String AUTHENTICATION = "AUTHENTICATION";

    private static CognitoIdentityProviderClient cognito;
    private static DeliveredCodes delivered;

    @BeforeAll
    static void launch() throws Exception {
        cognito = GatewayClients.cognito(GatewayClients.root(SUITE.rootCredentials()));
        delivered = new DeliveredCodes("127.0.0.1:9092");
    }

    @AfterAll
    static void shutdown() {
        if (delivered != null) {
            delivered.close();
        }
        if (cognito != null) {
            cognito.close();
        }
    }

    @Test
    void signInWhenPoolMfaOnAndNoFactorThenMfaSetupWithTheSessionThenTokens() {
        Pool pool = new Pool(UserPoolMfaType.ON, false, false);
        String username = UserPools.confirmedUser(cognito, pool.id, "setup", PASSWORD);

        InitiateAuthResponse setup = pool.signIn(username);
        assertThat(setup.challengeName()).isEqualTo(ChallengeNameType.MFA_SETUP);
        assertThat(setup.challengeParameters())
                .containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");
        var associated = cognito.associateSoftwareToken(r -> r.session(setup.session()));
        assertThat(associated.session()).isNotBlank();
        long step = Totp.step();
        var verified =
                cognito.verifySoftwareToken(
                        r ->
                                r.session(associated.session())
                                        .userCode(Totp.code(associated.secretCode(), step)));
        assertThat(verified.status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);

        var tokens =
                pool.respond(
                                ChallengeNameType.MFA_SETUP,
                                verified.session(),
                                Map.of("USERNAME", username))
                        .authenticationResult();

        assertThat(cognito.getUser(r -> r.accessToken(tokens.accessToken())).username())
                .isEqualTo(username);
        assertThat(pool.signIn(username).challengeName())
                .isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
    }

    @Test
    void signInWhenSmsMfaPreferredThenCodeOnKafkaAndWrongCodeMismatchRightCodeTokens()
            throws Exception {
        Pool pool = new Pool(UserPoolMfaType.OPTIONAL, true, true);
        User user = pool.user("sms", "SMS_MFA");

        InitiateAuthResponse challenged = pool.signIn(user.name());
        assertThat(challenged.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
        assertThat(challenged.challengeParameters())
                .containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS");
        JsonNode sms = delivered.awaitDelivery(user.phone(), AUTHENTICATION);
        String code = sms.path("code").asText();
        assertThat(sms.path("message").asText()).isEqualTo("Your sign-in code is " + code);

        assertCodeChallenge(
                pool, user.name(), challenged, ChallengeNameType.SMS_MFA, "SMS_MFA_CODE", code);
    }

    @Test
    void signInWhenEmailOtpPreferredThenCodeOnKafkaAndWrongCodeMismatchRightCodeTokens()
            throws Exception {
        Pool pool = new Pool(UserPoolMfaType.OPTIONAL, true, true);
        User user = pool.user("email", "EMAIL_OTP");

        InitiateAuthResponse challenged = pool.signIn(user.name());
        assertThat(challenged.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
        assertThat(challenged.challengeParameters())
                .containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL");
        JsonNode mail = delivered.awaitDelivery(user.email(), AUTHENTICATION);
        assertThat(mail.path("subject").asText()).isEqualTo("Sign-in code");

        assertCodeChallenge(
                pool,
                user.name(),
                challenged,
                ChallengeNameType.EMAIL_OTP,
                "EMAIL_OTP_CODE",
                mail.path("code").asText());
    }

    @Test
    void signInWhenTwoFactorsAndNonePreferredThenSelectMfaTypeThenTheChosenFactor()
            throws Exception {
        Pool pool = new Pool(UserPoolMfaType.OPTIONAL, true, true);
        User user = pool.user("select", null);
        String username = user.name();

        InitiateAuthResponse select = pool.signIn(username);
        assertThat(select.challengeName()).isEqualTo(ChallengeNameType.SELECT_MFA_TYPE);
        assertThat(select.challengeParameters())
                .containsEntry("MFAS_CAN_CHOOSE", "[\"SMS_MFA\",\"EMAIL_OTP\"]");
        var chosen =
                pool.respond(
                        ChallengeNameType.SELECT_MFA_TYPE,
                        select.session(),
                        Map.of("USERNAME", username, "ANSWER", "EMAIL_OTP"));
        assertThat(chosen.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
        String code = delivered.await(user.email(), AUTHENTICATION);

        var tokens =
                pool.respond(
                        ChallengeNameType.EMAIL_OTP,
                        chosen.session(),
                        Map.of("USERNAME", username, "EMAIL_OTP_CODE", code));

        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    }

    /** A wrong code is refused, the delivered one (in the same Session) gives tokens. */
    private static void assertCodeChallenge(
            Pool pool,
            String username,
            InitiateAuthResponse challenged,
            ChallengeNameType challenge,
            String codeParameter,
            String code) {
        String wrong = code.equals("000000") ? "000001" : "000000";
        assertThatThrownBy(
                        () ->
                                pool.respond(
                                        challenge,
                                        challenged.session(),
                                        Map.of("USERNAME", username, codeParameter, wrong)))
                .isInstanceOf(CodeMismatchException.class);

        var tokens =
                pool.respond(
                                challenge,
                                challenged.session(),
                                Map.of("USERNAME", username, codeParameter, code))
                        .authenticationResult();

        assertThat(cognito.getUser(r -> r.accessToken(tokens.accessToken())).username())
                .isEqualTo(username);
    }

    /**
     * A user of {@link Pool#user}: its address and phone are its own (no other test or run uses
     * them), so the code read from Kafka for them is this test's.
     */
    private record User(String name, String email, String phone) {}

    /** A pool with this MFA mode, TOTP, and SMS / email MFA when asked; a password client. */
    private static final class Pool {

        final String id;
        final String clientId;

        Pool(UserPoolMfaType mode, boolean sms, boolean email) {
            id = cognito.createUserPool(r -> r.poolName("mfa-challenges-e2e")).userPool().id();
            cognito.setUserPoolMfaConfig(
                    r -> {
                        r.userPoolId(id)
                                .mfaConfiguration(mode)
                                .softwareTokenMfaConfiguration(t -> t.enabled(true));
                        if (sms) {
                            r.smsMfaConfiguration(
                                    s ->
                                            s.smsAuthenticationMessage(
                                                            "Your sign-in code is {####}")
                                                    .smsConfiguration(
                                                            c ->
                                                                    c.snsCallerArn(
                                                                                    "arn:aws:iam::123456789012:role/sns")
                                                                            .externalId(
                                                                                    "cognate")));
                        }
                        if (email) {
                            r.emailMfaConfiguration(
                                    e ->
                                            e.message("Your email code is {####}")
                                                    .subject("Sign-in code"));
                        }
                    });
            clientId =
                    UserPools.client(
                            cognito,
                            id,
                            "web",
                            ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                            ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
        }

        /** A user with an email address and a phone, SMS and email MFA on, one preferred. */
        User user(String prefix, String preferred) {
            String email = prefix + "-" + System.nanoTime() + "@example.com";
            String phone = "+1" + (2_000_000_000L + System.nanoTime() % 7_000_000_000L);
            String username =
                    UserPools.confirmedUser(
                            cognito,
                            id,
                            prefix,
                            PASSWORD,
                            attribute("email", email),
                            attribute("phone_number", phone));
            cognito.adminSetUserMFAPreference(
                    r ->
                            r.userPoolId(id)
                                    .username(username)
                                    .smsMfaSettings(
                                            s ->
                                                    s.enabled(true)
                                                            .preferredMfa(
                                                                    "SMS_MFA".equals(preferred)))
                                    .emailMfaSettings(
                                            s ->
                                                    s.enabled(true)
                                                            .preferredMfa(
                                                                    "EMAIL_OTP"
                                                                            .equals(preferred))));
            return new User(username, email, phone);
        }

        InitiateAuthResponse signIn(String username) {
            return UserPools.passwordSignIn(cognito, clientId, username, PASSWORD);
        }

        RespondToAuthChallengeResponse respond(
                ChallengeNameType challenge, String session, Map<String, String> responses) {
            return UserPools.respond(cognito, clientId, challenge.toString(), session, responses);
        }
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
