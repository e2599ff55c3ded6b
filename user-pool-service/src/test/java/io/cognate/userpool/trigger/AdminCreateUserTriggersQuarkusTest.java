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
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminCreateUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/** PreSignUp_AdminCreateUser through AdminCreateUser, driven by the AWS SDK. */
@QuarkusTest
class AdminCreateUserTriggersQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    private TriggerFixtures pool;

    @BeforeEach
    void setUp() {
        WebhookReceiver.reset();
        pool =
                new TriggerFixtures(
                        endpoint, l -> l.preSignUp(TriggerFixtures.arn(Trigger.PreSignUp)));
    }

    @AfterEach
    void tearDown() {
        WebhookReceiver.reset();
    }

    @Test
    void adminCreateUserWhenPreSignUpAnswersUnchangedThenCreatedAndEventExact() {
        String username = "user-" + UUID.randomUUID();

        AdminCreateUserResponse response = create(username);

        assertThat(response.user().userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(response.user().attributes())
                .extracting(AttributeType::name)
                .doesNotContain("email_verified");
        var calls = WebhookReceiver.received("PreSignUp", pool.poolId);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).event())
                .isEqualTo(
                        pool.fixture(
                                "pre-sign-up-admin-create-user.json",
                                Map.of("username", username)));
    }

    @Test
    void adminCreateUserWhenPreSignUpAutoVerifiesThenEmailVerifiedAndAutoConfirmIgnored() {
        WebhookReceiver.answer(
                "PreSignUp",
                received -> {
                    ObjectNode event = (ObjectNode) received.event();
                    ((ObjectNode) event.get("response"))
                            .put("autoConfirmUser", true)
                            .put("autoVerifyEmail", true)
                            .put("autoVerifyPhone", true);
                    return Reply.json(200, event);
                });
        String username = "user-" + UUID.randomUUID();

        AdminCreateUserResponse response = create(username);

        assertThat(response.user().userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(response.user().attributes())
                .contains(AttributeType.builder().name("email_verified").value("true").build())
                .extracting(AttributeType::name)
                .doesNotContain("phone_number_verified");
    }

    @Test
    void adminCreateUserWhenPreSignUpRejectsThenUserLambdaValidationExceptionAndNoUser() {
        WebhookReceiver.answer(
                "PreSignUp", r -> new Reply(403, "{\"errorMessage\":\"Domain not allowed\"}"));
        String username = "user-" + UUID.randomUUID();

        assertThatThrownBy(() -> create(username))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith("PreSignUp failed with error Domain not allowed.");
        assertThatThrownBy(
                        () ->
                                pool.cognito.adminGetUser(
                                        r -> r.userPoolId(pool.poolId).username(username)))
                .isInstanceOf(UserNotFoundException.class);
    }

    private AdminCreateUserResponse create(String username) {
        return pool.cognito.adminCreateUser(
                r ->
                        r.userPoolId(pool.poolId)
                                .username(username)
                                .messageAction(MessageActionType.SUPPRESS)
                                .userAttributes(
                                        a -> a.name("email").value(username + "@example.com"))
                                .validationData(a -> a.name("source").value("import"))
                                .clientMetadata(Map.of("batch", "7")));
    }
}
