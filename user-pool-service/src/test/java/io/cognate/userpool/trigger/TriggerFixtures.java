package io.cognate.userpool.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.WebhookReceiver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;

/**
 * A pool whose LambdaConfig points the given triggers at the test receiver, with a password client;
 * and the event fixtures (from cognito.md §5) with their placeholders filled in.
 */
final class TriggerFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    final CognitoIdentityProviderClient cognito;
    final String poolId;
    final String clientId;

    TriggerFixtures(URI endpoint, java.util.function.Consumer<LambdaConfigType.Builder> lambda) {
        this(endpoint, lambda, pool -> {});
    }

    /** With more pool settings (auto-verified attributes, templates...). */
    TriggerFixtures(
            URI endpoint,
            java.util.function.Consumer<LambdaConfigType.Builder> lambda,
            java.util.function.Consumer<CreateUserPoolRequest.Builder> settings) {
        cognito = CognitoClients.root(endpoint);
        LambdaConfigType.Builder config = LambdaConfigType.builder();
        lambda.accept(config);
        poolId =
                cognito.createUserPool(
                                r -> {
                                    settings.accept(r);
                                    r.poolName("triggers-" + UUID.randomUUID())
                                            .lambdaConfig(config.build());
                                })
                        .userPool()
                        .id();
        clientId =
                cognito.createUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientName("app")
                                                .explicitAuthFlows(
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_USER_PASSWORD_AUTH,
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_ADMIN_USER_PASSWORD_AUTH,
                                                        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_REFRESH_TOKEN_AUTH))
                        .userPoolClient()
                        .clientId();
    }

    static String arn(Trigger trigger) {
        return WebhookReceiver.functionArn(trigger.name());
    }

    /** The fixture with {@code ${poolId}}, {@code ${clientId}} and the given values filled in. */
    JsonNode fixture(String name, Map<String, String> values) {
        try (InputStream in = TriggerFixtures.class.getResourceAsStream("/triggers/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text = text.replace("${poolId}", poolId).replace("${clientId}", clientId);
            for (var value : values.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", value.getValue());
            }
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String sub(String username) {
        return cognito
                .adminGetUser(r -> r.userPoolId(poolId).username(username))
                .userAttributes()
                .stream()
                .filter(a -> a.name().equals("sub"))
                .findFirst()
                .orElseThrow()
                .value();
    }
}
