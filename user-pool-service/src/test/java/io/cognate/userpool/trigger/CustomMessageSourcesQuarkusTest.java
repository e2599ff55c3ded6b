package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.testing.CodeDeliveries;
import io.cognate.userpool.testing.WebhookReceiver;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * CustomMessage for the codes a signed-in user asks for and for MFA codes (cognito.md §5.2): {@code
 * CustomMessage_UpdateUserAttribute}, {@code _VerifyUserAttribute}, {@code _Authentication}; the
 * receiver's message is what gets delivered.
 */
@QuarkusTest
class CustomMessageSourcesQuarkusTest {

    private static final String PASSWORD = "Corr3ct-Horse!";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private TriggerFixtures pool;

    @BeforeEach
    void setUp() {
        WebhookReceiver.reset();
        pool =
                new TriggerFixtures(
                        endpoint,
                        l -> l.customMessage(TriggerFixtures.arn(Trigger.CustomMessage)),
                        p -> p.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    }

    @AfterEach
    void tearDown() {
        WebhookReceiver.reset();
    }

    @Test
    void updateUserAttributesWhenEmailChangedThenUpdateUserAttributeSourceAndMessageSent() {
        String username = user();
        String token = accessToken(username);
        TriggerFixtures.answerCustomMessage("New address? Code {####}", "Confirm your new address");

        pool.cognito.updateUserAttributes(
                r ->
                        r.accessToken(token)
                                .userAttributes(
                                        a ->
                                                a.name("email")
                                                        .value("new-" + username + "@example.com"))
                                .clientMetadata(Map.of("source", "profile")));

        CodeDeliveryRequested sent = lastDelivery(pool.sub(username));
        assertThat(sent.destination()).isEqualTo("new-" + username + "@example.com");
        assertThat(sent.message()).isEqualTo("New address? Code " + sent.code());
        assertThat(sent.subject()).isEqualTo("Confirm your new address");
        JsonNode event = onlyEvent();
        assertEnvelope(event, "CustomMessage_UpdateUserAttribute", username);
    }

    @Test
    void
            getUserAttributeVerificationCodeWhenConfiguredThenVerifyUserAttributeSourceAndMessageSent() {
        String username = user();
        String token = accessToken(username);
        TriggerFixtures.answerCustomMessage("Verify with {####}", "Verify");

        pool.cognito.getUserAttributeVerificationCode(
                r ->
                        r.accessToken(token)
                                .attributeName("email")
                                .clientMetadata(Map.of("source", "settings")));

        CodeDeliveryRequested sent = lastDelivery(pool.sub(username));
        assertThat(sent.destination()).isEqualTo(username + "@example.com");
        assertThat(sent.message()).isEqualTo("Verify with " + sent.code());
        assertThat(sent.subject()).isEqualTo("Verify");
        JsonNode event = onlyEvent();
        assertEnvelope(event, "CustomMessage_VerifyUserAttribute", username);
        assertThat(event.at("/request/userAttributes/email").asText())
                .isEqualTo(username + "@example.com");
    }

    @Test
    void signInWhenEmailOtpThenAuthenticationSourceAndTheReceiversMessageCarriesTheCode() {
        pool.cognito.setUserPoolMfaConfig(
                r ->
                        r.userPoolId(pool.poolId)
                                .mfaConfiguration(UserPoolMfaType.OPTIONAL)
                                .emailMfaConfiguration(
                                        e -> e.message("Pool code {####}").subject("Pool")));
        String username = user();
        pool.cognito.adminSetUserMFAPreference(
                r ->
                        r.userPoolId(pool.poolId)
                                .username(username)
                                .emailMfaSettings(s -> s.enabled(true).preferredMfa(true)));
        TriggerFixtures.answerCustomMessage("Sign-in code {####}", "Your sign-in code");

        var challenge = signIn(username);

        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
        CodeDeliveryRequested sent = lastDelivery(pool.sub(username));
        assertThat(sent.purpose()).isEqualTo("AUTHENTICATION");
        assertThat(sent.message()).isEqualTo("Sign-in code " + sent.code());
        assertThat(sent.subject()).isEqualTo("Your sign-in code");
        JsonNode event = onlyEvent();
        assertEnvelope(event, "CustomMessage_Authentication", username);
        assertThat(event.at("/callerContext/clientId").asText()).isEqualTo(pool.clientId);
        var tokens =
                pool.cognito.respondToAuthChallenge(
                        r ->
                                r.clientId(pool.clientId)
                                        .challengeName(ChallengeNameType.EMAIL_OTP)
                                        .session(challenge.session())
                                        .challengeResponses(
                                                Map.of(
                                                        "USERNAME",
                                                        username,
                                                        "EMAIL_OTP_CODE",
                                                        sent.code())));
        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
    }

    /**
     * The Lambda envelope and the code-message members every CustomMessage event carries (the exact
     * attribute-code events, with their client id and ClientMetadata, are in {@link
     * AttributeCodeMessagesQuarkusTest}).
     */
    private void assertEnvelope(JsonNode event, String triggerSource, String username) {
        assertThat(event.get("version").asText()).isEqualTo("1");
        assertThat(event.get("triggerSource").asText()).isEqualTo(triggerSource);
        assertThat(event.get("region").asText()).isEqualTo("us-east-1");
        assertThat(event.get("userPoolId").asText()).isEqualTo(pool.poolId);
        assertThat(event.get("userName").asText()).isEqualTo(username);
        assertThat(event.at("/request/userAttributes/sub").asText()).isEqualTo(pool.sub(username));
        assertThat(event.at("/request/userAttributes/cognito:user_status").asText())
                .isEqualTo("CONFIRMED");
        assertThat(event.at("/request/codeParameter").asText()).isEqualTo("{####}");
        JsonNode response = event.get("response");
        assertThat(response.has("smsMessage")).isTrue();
        assertThat(response.has("emailMessage")).isTrue();
        assertThat(response.has("emailSubject")).isTrue();
    }

    private JsonNode onlyEvent() {
        var calls = WebhookReceiver.received("CustomMessage", pool.poolId);
        assertThat(calls).hasSize(1);
        return calls.get(0).event();
    }

    private String user() {
        return pool.confirmedUser(PASSWORD, true);
    }

    private software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse
            signIn(String username) {
        return pool.signIn(username, PASSWORD);
    }

    private String accessToken(String username) {
        return pool.accessToken(username, PASSWORD);
    }

    private CodeDeliveryRequested lastDelivery(String sub) {
        return CodeDeliveries.last(dataSource, sub);
    }
}
