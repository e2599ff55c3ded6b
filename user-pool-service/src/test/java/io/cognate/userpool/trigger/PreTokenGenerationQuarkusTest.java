package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.testing.WebhookReceiver;
import io.cognate.userpool.testing.WebhookReceiver.Reply;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationLambdaVersionType;

/** PreTokenGeneration V1 and V2 through InitiateAuth and refresh, driven by the AWS SDK. */
@QuarkusTest
class PreTokenGenerationQuarkusTest {

    private static final String PASSWORD = "Corr3ct-Horse!";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI endpoint;

    @BeforeEach
    @AfterEach
    void reset() {
        WebhookReceiver.reset();
    }

    @Test
    void initiateAuthWhenV1OverridesThenIdTokenChangedGroupsReplacedAndEventExact()
            throws IOException {
        TriggerFixtures pool =
                new TriggerFixtures(
                        endpoint,
                        l -> l.preTokenGeneration(TriggerFixtures.arn(Trigger.PreTokenGeneration)));
        answer(
                "claimsOverrideDetails",
                details -> {
                    details.putObject("claimsToAddOrOverride")
                            .put("tenant", "acme")
                            .put("email", "masked@example.com")
                            .put("token_use", "forged");
                    details.putArray("claimsToSuppress").add("tenant").add("email");
                    details.putObject("groupOverrideDetails")
                            .putArray("groupsToOverride")
                            .add("vip");
                });
        String username = user(pool);

        AuthenticationResultType tokens = signIn(pool, username);

        JsonNode id = payload(tokens.idToken());
        JsonNode access = payload(tokens.accessToken());
        assertThat(id.has("tenant")).as("suppress wins over add").isFalse();
        assertThat(id.has("email")).isFalse();
        assertThat(id.get("token_use").asText()).as("reserved").isEqualTo("id");
        assertThat(id.get("cognito:groups")).containsExactly(JSON.getNodeFactory().textNode("vip"));
        assertThat(access.get("cognito:groups"))
                .containsExactly(JSON.getNodeFactory().textNode("vip"));
        var calls = WebhookReceiver.received("PreTokenGeneration", pool.poolId);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).event())
                .isEqualTo(
                        pool.fixture(
                                "pre-token-generation-v1.json",
                                Map.of("username", username, "sub", pool.sub(username))));
    }

    @Test
    void refreshWhenV2AddsClaimsAndScopesThenAccessTokenCustomizedWithRefreshSource()
            throws IOException {
        TriggerFixtures pool =
                new TriggerFixtures(
                        endpoint,
                        l ->
                                l.preTokenGenerationConfig(
                                        c ->
                                                c.lambdaVersion(
                                                                PreTokenGenerationLambdaVersionType
                                                                        .V2_0)
                                                        .lambdaArn(
                                                                TriggerFixtures.arn(
                                                                        Trigger
                                                                                .PreTokenGeneration))));
        answer(
                "claimsAndScopeOverrideDetails",
                details -> {
                    details.putObject("idTokenGeneration")
                            .putObject("claimsToAddOrOverride")
                            .put("plan", "gold");
                    ObjectNode access = details.putObject("accessTokenGeneration");
                    access.putObject("claimsToAddOrOverride")
                            .putObject("https://aws.amazon.com/tags")
                            .putObject("principal_tags")
                            .putArray("team")
                            .add("blue");
                    access.putArray("scopesToAdd").add("orders/read");
                    access.putArray("scopesToSuppress").add("aws.cognito.signin.user.admin");
                });
        String username = user(pool);
        AuthenticationResultType first = signIn(pool, username);

        AuthenticationResultType refreshed =
                pool.cognito
                        .initiateAuth(
                                r ->
                                        r.clientId(pool.clientId)
                                                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                                                .authParameters(
                                                        Map.of(
                                                                "REFRESH_TOKEN",
                                                                first.refreshToken())))
                        .authenticationResult();

        JsonNode id = payload(refreshed.idToken());
        JsonNode access = payload(refreshed.accessToken());
        assertThat(id.get("plan").asText()).isEqualTo("gold");
        assertThat(access.get("scope").asText()).isEqualTo("orders/read");
        assertThat(access.at("/https:~1~1aws.amazon.com~1tags/principal_tags/team/0").asText())
                .isEqualTo("blue");
        var calls = WebhookReceiver.received("PreTokenGeneration", pool.poolId);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).event().get("triggerSource").asText())
                .isEqualTo("TokenGeneration_Authentication");
        JsonNode refresh = calls.get(1).event();
        assertThat(refresh.get("version").asText()).isEqualTo("2");
        assertThat(refresh.get("triggerSource").asText())
                .isEqualTo("TokenGeneration_RefreshTokens");
        assertThat(refresh.at("/request/scopes/0").asText())
                .isEqualTo("aws.cognito.signin.user.admin");
        assertThat(refresh.at("/response").has("claimsAndScopeOverrideDetails")).isTrue();
    }

    private static void answer(String member, Consumer<ObjectNode> details) {
        WebhookReceiver.answer(
                "PreTokenGeneration",
                received -> {
                    ObjectNode event = (ObjectNode) received.event();
                    details.accept(((ObjectNode) event.get("response")).putObject(member));
                    return Reply.json(200, event);
                });
    }

    private static String user(TriggerFixtures pool) {
        pool.cognito.createGroup(r -> r.userPoolId(pool.poolId).groupName("staff"));
        String username = pool.confirmedUser(PASSWORD, false);
        pool.cognito.adminAddUserToGroup(
                r -> r.userPoolId(pool.poolId).username(username).groupName("staff"));
        return username;
    }

    private static AuthenticationResultType signIn(TriggerFixtures pool, String username) {
        return pool.signIn(username, PASSWORD).authenticationResult();
    }

    private static JsonNode payload(String jwt) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
