package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.testing.WebhookReceiver;
import io.cognate.userpool.testing.WebhookReceiver.Reply;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/** PreSignUp and PostConfirmation through SignUp, driven by the AWS SDK. */
@QuarkusTest
class SignUpTriggersQuarkusTest {

    private static final String PASSWORD = "Corr3ct-Horse!";

    @TestHTTPResource("/")
    URI endpoint;

    private TriggerFixtures pool;

    @BeforeEach
    void setUp() {
        WebhookReceiver.reset();
        pool =
                new TriggerFixtures(
                        endpoint,
                        l ->
                                l.preSignUp(TriggerFixtures.arn(Trigger.PreSignUp))
                                        .postConfirmation(
                                                TriggerFixtures.arn(Trigger.PostConfirmation)));
    }

    @AfterEach
    void tearDown() {
        WebhookReceiver.reset();
    }

    @Test
    void signUpWhenPreSignUpAnswersUnchangedThenUserUnconfirmedAndEventExact() {
        String username = "user-" + UUID.randomUUID();

        SignUpResponse response = signUp(username);

        assertThat(response.userConfirmed()).isFalse();
        var calls = WebhookReceiver.received("PreSignUp", pool.poolId);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).event())
                .isEqualTo(pool.fixture("pre-sign-up.json", Map.of("username", username)));
        assertThat(WebhookReceiver.received("PostConfirmation", pool.poolId)).isEmpty();
        assertThat(pool.status(username)).isEqualTo(UserStatusType.UNCONFIRMED);
    }

    @Test
    void signUpWhenPreSignUpAutoConfirmsAndVerifiesThenConfirmedAndPostConfirmationCalled() {
        WebhookReceiver.answer(
                "PreSignUp",
                received -> {
                    ObjectNode event = (ObjectNode) received.event();
                    ((ObjectNode) event.get("response"))
                            .put("autoConfirmUser", true)
                            .put("autoVerifyEmail", true);
                    return Reply.json(200, event);
                });
        String username = "user-" + UUID.randomUUID();

        SignUpResponse response = signUp(username);

        assertThat(response.userConfirmed()).isTrue();
        assertThat(response.codeDeliveryDetails()).isNull();
        assertThat(pool.status(username)).isEqualTo(UserStatusType.CONFIRMED);
        var attributes =
                pool.cognito
                        .adminGetUser(r -> r.userPoolId(pool.poolId).username(username))
                        .userAttributes();
        assertThat(attributes)
                .contains(AttributeType.builder().name("email_verified").value("true").build());
        var confirmations = WebhookReceiver.received("PostConfirmation", pool.poolId);
        assertThat(confirmations).hasSize(1);
        assertThat(confirmations.get(0).event())
                .isEqualTo(
                        pool.fixture(
                                "post-confirmation-sign-up.json",
                                Map.of("username", username, "sub", response.userSub())));
    }

    @Test
    void signUpWhenPreSignUpRejectsThenUserLambdaValidationExceptionAndNoUser() {
        WebhookReceiver.answer(
                "PreSignUp",
                r ->
                        new Reply(
                                400,
                                "{\"errorMessage\":\"Invitation only\",\"errorType\":\"Error\"}"));
        String username = "user-" + UUID.randomUUID();

        assertThatThrownBy(() -> signUp(username))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith("PreSignUp failed with error Invitation only.");
        assertThatThrownBy(
                        () ->
                                pool.cognito.adminGetUser(
                                        r -> r.userPoolId(pool.poolId).username(username)))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void signUpWhenPostConfirmationFailsThenTheSignUpFailsAndNoUserRemains() {
        WebhookReceiver.answer(
                "PreSignUp",
                received -> {
                    ObjectNode event = (ObjectNode) received.event();
                    ((ObjectNode) event.get("response")).put("autoConfirmUser", true);
                    return Reply.json(200, event);
                });
        WebhookReceiver.answer(
                "PostConfirmation", r -> new Reply(500, "{\"errorMessage\":\"crm down\"}"));
        String username = "user-" + UUID.randomUUID();

        assertThatThrownBy(() -> signUp(username))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith("PostConfirmation failed with error crm down.");
        assertThatThrownBy(
                        () ->
                                pool.cognito.adminGetUser(
                                        r -> r.userPoolId(pool.poolId).username(username)))
                .isInstanceOf(UserNotFoundException.class);
    }

    private SignUpResponse signUp(String username) {
        return pool.cognito.signUp(
                r ->
                        r.clientId(pool.clientId)
                                .username(username)
                                .password(PASSWORD)
                                .userAttributes(
                                        a -> a.name("email").value(username + "@example.com"))
                                .validationData(a -> a.name("captcha").value("ok"))
                                .clientMetadata(Map.of("source", "web")));
    }
}
