package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.testing.CodeDeliveries;
import io.cognate.userpool.testing.WebhookReceiver;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidLambdaResponseException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** CustomMessage replacing the pool's texts for each code Cognate sends, through the SDK. */
@QuarkusTest
class CustomMessageTriggersQuarkusTest {

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
    void signUpWhenReceiverAnswersAMessageThenItIsSentWithTheCodeAndEventExact() {
        TriggerFixtures.answerCustomMessage("Welcome! Your code: {####}", "Welcome aboard");
        String username = "user-" + UUID.randomUUID();

        String sub = signUp(username);

        CodeDeliveryRequested sent = lastDelivery(sub);
        assertThat(sent.message()).isEqualTo("Welcome! Your code: " + sent.code());
        assertThat(sent.subject()).isEqualTo("Welcome aboard");
        var calls = WebhookReceiver.received("CustomMessage", pool.poolId);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).event())
                .isEqualTo(
                        pool.fixture(
                                "custom-message-sign-up.json",
                                Map.of("username", username, "sub", sub)));
    }

    @Test
    void resendConfirmationCodeWhenConfiguredThenResendCodeSourceAndMessageReplaced() {
        String username = "user-" + UUID.randomUUID();
        String sub = signUp(username);
        WebhookReceiver.reset();
        TriggerFixtures.answerCustomMessage("Again: {####}", null);

        pool.cognito.resendConfirmationCode(r -> r.clientId(pool.clientId).username(username));

        CodeDeliveryRequested sent = lastDelivery(sub);
        assertThat(sent.message()).isEqualTo("Again: " + sent.code());
        assertThat(sent.subject()).isEqualTo("Your verification code");
        assertThat(WebhookReceiver.received("CustomMessage", pool.poolId))
                .singleElement()
                .satisfies(
                        call ->
                                assertThat(call.event().get("triggerSource").asText())
                                        .isEqualTo("CustomMessage_ResendCode"));
    }

    @Test
    void adminCreateUserWhenConfiguredThenUsernameAndTemporaryPasswordFilledIn() {
        TriggerFixtures.answerCustomMessage(
                "Hello {username}, your password is {####}", "Your new account");
        String username = "user-" + UUID.randomUUID();

        String sub =
                pool
                        .cognito
                        .adminCreateUser(
                                r ->
                                        r.userPoolId(pool.poolId)
                                                .username(username)
                                                .desiredDeliveryMediums(DeliveryMediumType.EMAIL)
                                                .userAttributes(
                                                        a ->
                                                                a.name("email")
                                                                        .value(
                                                                                username
                                                                                        + "@example.com"),
                                                        a ->
                                                                a.name("email_verified")
                                                                        .value("true")))
                        .user()
                        .attributes()
                        .stream()
                        .filter(a -> a.name().equals("sub"))
                        .findFirst()
                        .orElseThrow()
                        .value();

        CodeDeliveryRequested sent = lastDelivery(sub);
        assertThat(sent.message())
                .isEqualTo("Hello " + username + ", your password is " + sent.code());
        assertThat(sent.subject()).isEqualTo("Your new account");
        assertThat(WebhookReceiver.received("CustomMessage", pool.poolId).get(0).event())
                .isEqualTo(
                        pool.fixture(
                                "custom-message-admin-create-user.json",
                                Map.of("username", username, "sub", sub)));
    }

    @Test
    void forgotPasswordWhenConfiguredThenForgotPasswordSourceAndMessageReplaced() {
        String username = "user-" + UUID.randomUUID();
        pool.cognito.adminCreateUser(
                r ->
                        r.userPoolId(pool.poolId)
                                .username(username)
                                .messageAction("SUPPRESS")
                                .userAttributes(
                                        a -> a.name("email").value(username + "@example.com"),
                                        a -> a.name("email_verified").value("true")));
        pool.cognito.adminSetUserPassword(
                r ->
                        r.userPoolId(pool.poolId)
                                .username(username)
                                .password(PASSWORD)
                                .permanent(true));
        TriggerFixtures.answerCustomMessage("Reset with {####}", "Reset");

        pool.cognito.forgotPassword(r -> r.clientId(pool.clientId).username(username));

        CodeDeliveryRequested sent = lastDelivery(pool.sub(username));
        assertThat(sent.message()).isEqualTo("Reset with " + sent.code());
        assertThat(sent.subject()).isEqualTo("Reset");
        assertThat(WebhookReceiver.received("CustomMessage", pool.poolId))
                .singleElement()
                .satisfies(
                        call ->
                                assertThat(call.event().get("triggerSource").asText())
                                        .isEqualTo("CustomMessage_ForgotPassword"));
    }

    @Test
    void signUpWhenReceiverLeavesMessagesNullThenThePoolTemplateIsSent() {
        String username = "user-" + UUID.randomUUID();

        String sub = signUp(username);

        CodeDeliveryRequested sent = lastDelivery(sub);
        assertThat(sent.message()).isEqualTo("Your verification code is " + sent.code() + ".");
        assertThat(WebhookReceiver.received("CustomMessage", pool.poolId)).hasSize(1);
    }

    @Test
    void signUpWhenMessageLacksTheCodePlaceholderThenInvalidLambdaResponseAndNoUser() {
        TriggerFixtures.answerCustomMessage("Welcome, no code here", null);
        String username = "user-" + UUID.randomUUID();

        assertThatThrownBy(() -> signUp(username))
                .isInstanceOf(InvalidLambdaResponseException.class)
                .hasMessageStartingWith("Unrecognizable lambda output");
        assertThatThrownBy(
                        () ->
                                pool.cognito.adminGetUser(
                                        r -> r.userPoolId(pool.poolId).username(username)))
                .isInstanceOf(UserNotFoundException.class);
    }

    private String signUp(String username) {
        return pool.signUp(username, PASSWORD, Map.of("source", "web"));
    }

    private CodeDeliveryRequested lastDelivery(String sub) {
        return CodeDeliveries.last(dataSource, sub);
    }
}
