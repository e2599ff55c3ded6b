package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.testing.WebhookReceiver;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;

/**
 * The PreTokenGeneration trigger source of tokens that answer NEW_PASSWORD_REQUIRED (cognito.md
 * §5.2): {@code TokenGeneration_NewPasswordChallenge}, otherwise the same event as a plain sign-in.
 */
@QuarkusTest
class PreTokenGenerationSourcesQuarkusTest {

    private static final String TEMPORARY = "Temp0rary-Horse!";

    @TestHTTPResource("/")
    URI endpoint;

    @BeforeEach
    @AfterEach
    void reset() {
        WebhookReceiver.reset();
    }

    @Test
    void respondToNewPasswordRequiredWhenTriggerSetThenNewPasswordChallengeSourceAndEventExact() {
        TriggerFixtures pool =
                new TriggerFixtures(
                        endpoint,
                        l -> l.preTokenGeneration(TriggerFixtures.arn(Trigger.PreTokenGeneration)));
        String username = "user-" + UUID.randomUUID();
        pool.cognito.createGroup(r -> r.userPoolId(pool.poolId).groupName("staff"));
        pool.cognito.adminCreateUser(
                r ->
                        r.userPoolId(pool.poolId)
                                .username(username)
                                .temporaryPassword(TEMPORARY)
                                .messageAction("SUPPRESS")
                                .userAttributes(
                                        a -> a.name("email").value(username + "@example.com")));
        pool.cognito.adminAddUserToGroup(
                r -> r.userPoolId(pool.poolId).username(username).groupName("staff"));
        var challenge =
                pool.cognito.initiateAuth(
                        r ->
                                r.clientId(pool.clientId)
                                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                                        .authParameters(
                                                Map.of(
                                                        "USERNAME",
                                                        username,
                                                        "PASSWORD",
                                                        TEMPORARY)));
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        assertThat(WebhookReceiver.received("PreTokenGeneration", pool.poolId)).isEmpty();

        var tokens =
                pool.cognito.respondToAuthChallenge(
                        r ->
                                r.clientId(pool.clientId)
                                        .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
                                        .session(challenge.session())
                                        .challengeResponses(
                                                Map.of(
                                                        "USERNAME",
                                                        username,
                                                        "NEW_PASSWORD",
                                                        "Corr3ct-Horse!")));

        assertThat(tokens.authenticationResult().idToken()).isNotBlank();
        var calls = WebhookReceiver.received("PreTokenGeneration", pool.poolId);
        assertThat(calls).hasSize(1);
        ObjectNode expected =
                (ObjectNode)
                        pool.fixture(
                                "pre-token-generation-v1.json",
                                Map.of("username", username, "sub", pool.sub(username)));
        expected.put("triggerSource", "TokenGeneration_NewPasswordChallenge");
        assertThat(calls.get(0).event()).isEqualTo(expected);
    }
}
