package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.userpool.testing.WebhookReceiver;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * The CustomMessage events of attribute codes a signed-in user asks for carry, as Cognito's do, the
 * access token's app client as {@code callerContext.clientId} and the request's ClientMetadata as
 * {@code request.clientMetadata}: the exact events the webhook receiver gets.
 */
@QuarkusTest
class AttributeCodeMessagesQuarkusTest {

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
                        l -> l.customMessage(TriggerFixtures.arn(Trigger.CustomMessage)),
                        p -> p.autoVerifiedAttributes(VerifiedAttributeType.EMAIL));
    }

    @AfterEach
    void tearDown() {
        WebhookReceiver.reset();
    }

    @Test
    void updateUserAttributesWhenEmailChangedThenEventCarriesClientIdAndClientMetadata() {
        String username = user();
        String token = accessToken(username);

        pool.cognito.updateUserAttributes(
                r ->
                        r.accessToken(token)
                                .userAttributes(
                                        a ->
                                                a.name("email")
                                                        .value("new-" + username + "@example.com"))
                                .clientMetadata(Map.of("source", "profile")));

        assertThat(WebhookReceiver.received("CustomMessage", pool.poolId))
                .singleElement()
                .satisfies(
                        call ->
                                assertThat(call.event())
                                        .isEqualTo(
                                                pool.fixture(
                                                        "custom-message-update-user-attribute.json",
                                                        Map.of(
                                                                "username",
                                                                username,
                                                                "sub",
                                                                pool.sub(username)))));
    }

    @Test
    void getUserAttributeVerificationCodeWhenAskedThenEventCarriesClientIdAndClientMetadata() {
        String username = user();
        String token = accessToken(username);

        pool.cognito.getUserAttributeVerificationCode(
                r ->
                        r.accessToken(token)
                                .attributeName("email")
                                .clientMetadata(Map.of("source", "settings")));

        assertThat(WebhookReceiver.received("CustomMessage", pool.poolId))
                .singleElement()
                .satisfies(
                        call ->
                                assertThat(call.event())
                                        .isEqualTo(
                                                pool.fixture(
                                                        "custom-message-verify-user-attribute.json",
                                                        Map.of(
                                                                "username",
                                                                username,
                                                                "sub",
                                                                pool.sub(username)))));
    }

    @Test
    void getUserAttributeVerificationCodeWhenNoClientMetadataThenEventHasNone() {
        String username = user();
        String token = accessToken(username);

        pool.cognito.getUserAttributeVerificationCode(
                r -> r.accessToken(token).attributeName("email"));

        var event = WebhookReceiver.received("CustomMessage", pool.poolId).get(0).event();
        assertThat(event.at("/callerContext/clientId").asText()).isEqualTo(pool.clientId);
        assertThat(event.path("request").has("clientMetadata")).isFalse();
    }

    private String user() {
        return pool.confirmedUser(PASSWORD, true);
    }

    private String accessToken(String username) {
        return pool.accessToken(username, PASSWORD);
    }
}
