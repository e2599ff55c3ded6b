package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.errors.InvalidLambdaResponseException;
import io.cognate.userpool.errors.UnexpectedLambdaException;
import io.cognate.userpool.errors.UserLambdaValidationException;
import io.cognate.userpool.testing.WebhookReceiver;
import io.cognate.userpool.testing.WebhookReceiver.Reply;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook invoker against a real HTTP receiver on loopback (allowed by test config). */
@QuarkusTest
class TriggersQuarkusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POOL = "us-east-1_InvokerT1";

    @Inject Triggers triggers;

    @BeforeEach
    @AfterEach
    void reset() {
        WebhookReceiver.reset();
    }

    @Test
    void invokeWhenReceiverAnswersTheEventThenItsResponseComesBackAndTheEventIsExact()
            throws Exception {
        WebhookReceiver.answer(
                "Other",
                received -> {
                    ObjectNode event = (ObjectNode) received.event();
                    ((ObjectNode) event.get("response")).put("autoConfirmUser", true);
                    return Reply.json(200, event);
                });

        ObjectNode response = invoke(target(WebhookReceiver.url("Other")));

        assertThat(response.get("autoConfirmUser").asBoolean()).isTrue();
        List<WebhookReceiver.Received> calls = WebhookReceiver.received("Other", POOL);
        assertThat(calls).hasSize(1);
        WebhookReceiver.Received call = calls.get(0);
        assertThat(call.event()).isEqualTo(fixture("invoker-event.json"));
        assertThat(call.header("Content-Type")).isEqualTo("application/json");
        assertThat(call.header("X-Cognate-Trigger")).isEqualTo("PreSignUp");
        assertThat(call.header("X-Cognate-User-Pool-Id")).isEqualTo(POOL);
        assertThat(call.header("X-Cognate-Signature")).isEqualTo(expectedSignature(call));
    }

    @Test
    void invokeWhenReceiverReportsAnErrorThenUserLambdaValidationException() {
        WebhookReceiver.answer(
                "Other",
                r ->
                        new Reply(
                                400,
                                "{\"errorMessage\":\"Sign-up is closed\",\"errorType\":\"Error\"}"));

        assertThatThrownBy(() -> invoke(target(WebhookReceiver.url("Other"))))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessage("PreSignUp failed with error Sign-up is closed.");
    }

    @Test
    void invokeWhenReceiverFailsWithPlainTextThenTheTextIsTheMessage() {
        WebhookReceiver.answer("Other", r -> new Reply(500, "database down"));

        assertThatThrownBy(() -> invoke(target(WebhookReceiver.url("Other"))))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessage("PreSignUp failed with error database down.");
    }

    @Test
    void invokeWhenAnswerIsNotTheEventThenInvalidLambdaResponseException() {
        WebhookReceiver.answer("Other", r -> new Reply(200, "ok"));

        assertThatThrownBy(() -> invoke(target(WebhookReceiver.url("Other"))))
                .isInstanceOf(InvalidLambdaResponseException.class)
                .hasMessage("Unrecognizable lambda output");
    }

    @Test
    void invokeWhenResponseIsNotAnObjectThenInvalidLambdaResponseException() {
        WebhookReceiver.answer("Other", r -> new Reply(200, "{\"response\": [1]}"));

        assertThatThrownBy(() -> invoke(target(WebhookReceiver.url("Other"))))
                .isInstanceOf(InvalidLambdaResponseException.class);
    }

    @Test
    void invokeWhenReceiverNeverAnswersThenEveryAttemptTimesOutAndUnexpectedLambdaException() {
        WebhookReceiver.holdAnswers("Other");
        try {
            assertThatThrownBy(() -> invoke(target(WebhookReceiver.url("Other"))))
                    .isInstanceOf(UnexpectedLambdaException.class)
                    .hasMessage(
                            "PreSignUp invocation failed due to error Socket timeout while"
                                    + " invoking Lambda function.");
        } finally {
            WebhookReceiver.release();
        }
        // test profile: two attempts, as Cognito retries an unanswered function
        assertThat(WebhookReceiver.received("Other", POOL)).hasSize(2);
    }

    @Test
    void invokeWhenNothingListensThenUnexpectedLambdaException() throws IOException {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> invoke(target("http://127.0.0.1:" + closedPort + "/Other")))
                .isInstanceOf(UnexpectedLambdaException.class)
                .hasMessage(
                        "PreSignUp invocation failed due to error Socket timeout while"
                                + " invoking Lambda function.");
        assertThat(WebhookReceiver.received("Other", POOL)).isEmpty();
    }

    @Test
    void invokeWhenUrlIsOutsideTheAllowListThenNothingIsCalled() {
        assertThatThrownBy(() -> invoke(target("http://169.254.169.254/latest/meta-data")))
                .isInstanceOf(UnexpectedLambdaException.class)
                .hasMessage("PreSignUp invocation failed due to error AccessDeniedException.");
    }

    @Test
    void invokeWhenTargetIsALambdaArnThenUnexpectedLambdaExceptionAsWithoutPermission() {
        TriggerTarget arn =
                new TriggerTarget(
                        Trigger.PreSignUp,
                        "arn:aws:lambda:us-east-1:000000000000:function:unmapped",
                        "1");

        assertThatThrownBy(() -> invoke(arn))
                .isInstanceOf(UnexpectedLambdaException.class)
                .hasMessage("PreSignUp invocation failed due to error AccessDeniedException.");
    }

    private ObjectNode invoke(TriggerTarget target) {
        ObjectNode request = JSON.createObjectNode();
        request.putObject("userAttributes")
                .put("email", "alice@example.com")
                .put("email_verified", "false");
        request.putNull("validationData");
        ObjectNode response =
                JSON.createObjectNode()
                        .put("autoConfirmUser", false)
                        .put("autoVerifyPhone", false)
                        .put("autoVerifyEmail", false);
        return triggers.invoke(
                        target,
                        new TriggerEvent(
                                POOL, "PreSignUp_SignUp", "alice", null, request, response))
                .await()
                .atMost(Duration.ofSeconds(30));
    }

    private static TriggerTarget target(String url) {
        return new TriggerTarget(Trigger.PreSignUp, url, "1");
    }

    /** The signature recomputed as a receiver would, from the documented recipe. */
    private static String expectedSignature(WebhookReceiver.Received call) throws Exception {
        String poolSecret = hmacHex(WebhookReceiver.SIGNING_KEY, POOL);
        String timestamp = call.header("X-Cognate-Signature").split(",")[0].substring(2);
        return "t=" + timestamp + ",v1=" + hmacHex(poolSecret, timestamp + "." + call.body());
    }

    private static String hmacHex(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = TriggersQuarkusTest.class.getResourceAsStream("/triggers/" + name)) {
            return JSON.readTree(in);
        }
    }
}
