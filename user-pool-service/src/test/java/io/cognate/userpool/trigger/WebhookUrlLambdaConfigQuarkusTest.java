package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.userpool.testing.WebhookReceiver;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A LambdaConfig value that is an http(s) URL (Cognate's extension of the model) is accepted by
 * CreateUserPool, described back as stored, and called with the Lambda event.
 */
@QuarkusTest
class WebhookUrlLambdaConfigQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @AfterEach
    void tearDown() {
        WebhookReceiver.reset();
    }

    @Test
    void signUpWhenPreSignUpIsAWebhookUrlThenTheUrlIsCalledWithTheEvent() {
        WebhookReceiver.reset();
        String url = WebhookReceiver.url("PreSignUp");
        TriggerFixtures pool = new TriggerFixtures(endpoint, l -> l.preSignUp(url));
        String username = "user-" + UUID.randomUUID();

        pool.cognito.signUp(
                r ->
                        r.clientId(pool.clientId)
                                .username(username)
                                .password("Corr3ct-Horse!")
                                .userAttributes(
                                        a -> a.name("email").value(username + "@example.com")));

        assertThat(
                        pool.cognito
                                .describeUserPool(r -> r.userPoolId(pool.poolId))
                                .userPool()
                                .lambdaConfig()
                                .preSignUp())
                .isEqualTo(url);
        var calls = WebhookReceiver.received("PreSignUp", pool.poolId);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).event().get("triggerSource").asText())
                .isEqualTo("PreSignUp_SignUp");
        assertThat(calls.get(0).event().get("userName").asText()).isEqualTo(username);
    }
}
