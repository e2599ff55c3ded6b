package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.srp.SrpClient;
import io.cognate.userpool.testing.WebhookReceiver;
import io.cognate.userpool.testing.WebhookReceiver.Reply;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnexpectedLambdaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;

/** PreAuthentication and PostAuthentication through InitiateAuth, driven by the AWS SDK. */
@QuarkusTest
class SignInTriggersQuarkusTest {

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
                                l.preAuthentication(TriggerFixtures.arn(Trigger.PreAuthentication))
                                        .postAuthentication(
                                                TriggerFixtures.arn(Trigger.PostAuthentication)));
    }

    @AfterEach
    void tearDown() {
        WebhookReceiver.reset();
    }

    @Test
    void initiateAuthWhenTriggersAcceptThenTokensAndBothEventsExact() {
        String username = confirmedUser();

        InitiateAuthResponse response = signIn(username);

        assertThat(response.authenticationResult().idToken()).isNotBlank();
        Map<String, String> values = Map.of("username", username, "sub", pool.sub(username));
        var pre = WebhookReceiver.received("PreAuthentication", pool.poolId);
        assertThat(pre).hasSize(1);
        assertThat(pre.get(0).event()).isEqualTo(pool.fixture("pre-authentication.json", values));
        var post = WebhookReceiver.received("PostAuthentication", pool.poolId);
        assertThat(post).hasSize(1);
        assertThat(post.get(0).event()).isEqualTo(pool.fixture("post-authentication.json", values));
    }

    @Test
    void initiateAuthWhenPreAuthenticationRejectsThenUserLambdaValidationException() {
        WebhookReceiver.answer(
                "PreAuthentication",
                r -> new Reply(403, "{\"errorMessage\":\"Kiosk sign-in is disabled\"}"));
        String username = confirmedUser();

        assertThatThrownBy(() -> signIn(username))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith(
                        "PreAuthentication failed with error Kiosk sign-in is disabled.");
        assertThat(WebhookReceiver.received("PostAuthentication", pool.poolId)).isEmpty();
    }

    @Test
    void initiateAuthWhenPostAuthenticationTimesOutThenUnexpectedLambdaException() {
        WebhookReceiver.holdAnswers("PostAuthentication");
        String username = confirmedUser();
        try {
            assertThatThrownBy(() -> signIn(username))
                    .isInstanceOf(UnexpectedLambdaException.class)
                    .hasMessageStartingWith(
                            "PostAuthentication invocation failed due to error Socket timeout");
        } finally {
            WebhookReceiver.release();
        }
    }

    @Test
    void initiateAuthWhenUserSrpAuthThenPreAuthenticationBeforeTheVerifierChallenge() {
        String username = confirmedUser();

        InitiateAuthResponse response = srpStart(username);

        assertThat(response.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
        Map<String, String> values = Map.of("username", username, "sub", pool.sub(username));
        var pre = WebhookReceiver.received("PreAuthentication", pool.poolId);
        assertThat(pre).hasSize(1);
        assertThat(pre.get(0).event()).isEqualTo(pool.fixture("pre-authentication.json", values));
    }

    @Test
    void initiateAuthWhenUserSrpAuthAndPreAuthenticationRejectsThenNoChallenge() {
        WebhookReceiver.answer(
                "PreAuthentication", r -> new Reply(403, "{\"errorMessage\":\"Locked\"}"));
        String username = confirmedUser();

        assertThatThrownBy(() -> srpStart(username))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith("PreAuthentication failed with error Locked.");
    }

    private InitiateAuthResponse srpStart(String username) {
        return pool.cognito.initiateAuth(
                r ->
                        r.clientId(pool.clientId)
                                .authFlow(AuthFlowType.USER_SRP_AUTH)
                                .authParameters(
                                        Map.of(
                                                "USERNAME",
                                                username,
                                                "SRP_A",
                                                SrpClient.random().srpA()))
                                .clientMetadata(Map.of("device", "kiosk")));
    }

    private String confirmedUser() {
        return pool.confirmedUser(PASSWORD, false);
    }

    private InitiateAuthResponse signIn(String username) {
        return pool.signIn(username, PASSWORD, Map.of("device", "kiosk"));
    }
}
