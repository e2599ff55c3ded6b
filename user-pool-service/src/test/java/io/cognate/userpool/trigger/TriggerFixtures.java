package io.cognate.userpool.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.WebhookReceiver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

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

    /**
     * A CONFIRMED user with a permanent password and an email (verified when asked), created
     * without a message; its username.
     */
    String confirmedUser(String password, boolean emailVerified) {
        String username = "user-" + UUID.randomUUID();
        AttributeType email =
                AttributeType.builder().name("email").value(username + "@example.com").build();
        List<AttributeType> attributes =
                emailVerified
                        ? List.of(
                                email,
                                AttributeType.builder()
                                        .name("email_verified")
                                        .value("true")
                                        .build())
                        : List.of(email);
        cognito.adminCreateUser(
                r ->
                        r.userPoolId(poolId)
                                .username(username)
                                .messageAction("SUPPRESS")
                                .userAttributes(attributes));
        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username(username).password(password).permanent(true));
        return username;
    }

    /** SignUp through the pool's client with an email, without ClientMetadata; the user's sub. */
    String signUp(String username, String password) {
        return cognito.signUp(r -> signUpWithEmail(r, username, password)).userSub();
    }

    /** SignUp through the pool's client with an email and ClientMetadata; the user's sub. */
    String signUp(String username, String password, Map<String, String> clientMetadata) {
        return cognito.signUp(
                        r -> signUpWithEmail(r, username, password).clientMetadata(clientMetadata))
                .userSub();
    }

    private SignUpRequest.Builder signUpWithEmail(
            SignUpRequest.Builder request, String username, String password) {
        return request.clientId(clientId)
                .username(username)
                .password(password)
                .userAttributes(a -> a.name("email").value(username + "@example.com"));
    }

    /** The access token of a USER_PASSWORD_AUTH sign-in. */
    String accessToken(String username, String password) {
        return signIn(username, password).authenticationResult().accessToken();
    }

    /** USER_PASSWORD_AUTH through the pool's client, without ClientMetadata. */
    InitiateAuthResponse signIn(String username, String password) {
        return cognito.initiateAuth(r -> passwordAuth(r, username, password));
    }

    /** USER_PASSWORD_AUTH through the pool's client, with ClientMetadata. */
    InitiateAuthResponse signIn(
            String username, String password, Map<String, String> clientMetadata) {
        return cognito.initiateAuth(
                r -> passwordAuth(r, username, password).clientMetadata(clientMetadata));
    }

    private InitiateAuthRequest.Builder passwordAuth(
            InitiateAuthRequest.Builder request, String username, String password) {
        return request.clientId(clientId)
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password));
    }

    UserStatusType status(String username) {
        return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username)).userStatus();
    }

    /** The test receiver answers CustomMessage with these texts (null leaves one unset). */
    static void answerCustomMessage(String emailMessage, String emailSubject) {
        WebhookReceiver.answer(
                "CustomMessage",
                received -> {
                    ObjectNode event = (ObjectNode) received.event();
                    ObjectNode response = (ObjectNode) event.get("response");
                    response.put("emailMessage", emailMessage);
                    response.put("emailSubject", emailSubject);
                    return WebhookReceiver.Reply.json(200, event);
                });
    }
}
