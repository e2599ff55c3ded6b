package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.testing.CodeDeliveries;
import io.cognate.userpool.testing.WebhookReceiver;
import io.cognate.userpool.testing.WebhookReceiver.Reply;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** PostConfirmation after ConfirmSignUp, AdminConfirmSignUp and ConfirmForgotPassword. */
@QuarkusTest
class PostConfirmationTriggersQuarkusTest {

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
                        l -> l.postConfirmation(TriggerFixtures.arn(Trigger.PostConfirmation)),
                        p -> p.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    }

    @AfterEach
    void tearDown() {
        WebhookReceiver.reset();
    }

    @Test
    void confirmSignUpWhenCodeAcceptedThenPostConfirmationGetsTheExactEvent() {
        String username = "user-" + UUID.randomUUID();
        String sub = signUp(username);

        pool.cognito.confirmSignUp(
                r ->
                        r.clientId(pool.clientId)
                                .username(username)
                                .confirmationCode(lastCode(sub))
                                .clientMetadata(Map.of("source", "web")));

        var calls = WebhookReceiver.received("PostConfirmation", pool.poolId);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).event())
                .isEqualTo(
                        pool.fixture(
                                "post-confirmation-sign-up.json",
                                Map.of("username", username, "sub", sub)));
    }

    @Test
    void confirmSignUpWhenPostConfirmationFailsThenErrorButUserStaysConfirmed() {
        WebhookReceiver.answer(
                "PostConfirmation", r -> new Reply(500, "{\"errorMessage\":\"crm down\"}"));
        String username = "user-" + UUID.randomUUID();
        String sub = signUp(username);

        assertThatThrownBy(
                        () ->
                                pool.cognito.confirmSignUp(
                                        r ->
                                                r.clientId(pool.clientId)
                                                        .username(username)
                                                        .confirmationCode(lastCode(sub))))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith("PostConfirmation failed with error crm down.");
        assertThat(pool.status(username)).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void adminConfirmSignUpWhenConfiguredThenEventWithoutClientAndFailureRollsBack() {
        String username = "user-" + UUID.randomUUID();
        String sub = signUp(username);
        WebhookReceiver.answer("PostConfirmation", r -> new Reply(400, "no"));

        assertThatThrownBy(
                        () ->
                                pool.cognito.adminConfirmSignUp(
                                        r -> r.userPoolId(pool.poolId).username(username)))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith("PostConfirmation failed with error no.");
        assertThat(pool.status(username)).isEqualTo(UserStatusType.UNCONFIRMED);

        WebhookReceiver.reset();
        pool.cognito.adminConfirmSignUp(
                r ->
                        r.userPoolId(pool.poolId)
                                .username(username)
                                .clientMetadata(Map.of("source", "admin")));

        assertThat(pool.status(username)).isEqualTo(UserStatusType.CONFIRMED);
        var calls = WebhookReceiver.received("PostConfirmation", pool.poolId);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).event())
                .isEqualTo(
                        pool.fixture(
                                "post-confirmation-admin-confirm-sign-up.json",
                                Map.of("username", username, "sub", sub)));
    }

    @Test
    void confirmForgotPasswordWhenCodeAcceptedThenPostConfirmationConfirmForgotPassword() {
        String username = "user-" + UUID.randomUUID();
        pool.cognito.adminCreateUser(
                r ->
                        r.userPoolId(pool.poolId)
                                .username(username)
                                .messageAction(MessageActionType.SUPPRESS)
                                .userAttributes(
                                        a -> a.name("email").value(username + "@example.com"),
                                        a -> a.name("email_verified").value("true")));
        pool.cognito.adminSetUserPassword(
                r ->
                        r.userPoolId(pool.poolId)
                                .username(username)
                                .password(PASSWORD)
                                .permanent(true));
        String sub = pool.sub(username);
        pool.cognito.forgotPassword(r -> r.clientId(pool.clientId).username(username));

        pool.cognito.confirmForgotPassword(
                r ->
                        r.clientId(pool.clientId)
                                .username(username)
                                .confirmationCode(lastCode(sub))
                                .password("N3w#Password")
                                .clientMetadata(Map.of("source", "web")));

        var calls = WebhookReceiver.received("PostConfirmation", pool.poolId);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).event())
                .isEqualTo(
                        pool.fixture(
                                "post-confirmation-forgot-password.json",
                                Map.of("username", username, "sub", sub)));
    }

    private String signUp(String username) {
        return pool.signUp(username, PASSWORD);
    }

    private String lastCode(String sub) {
        return CodeDeliveries.last(dataSource, sub).code();
    }
}
