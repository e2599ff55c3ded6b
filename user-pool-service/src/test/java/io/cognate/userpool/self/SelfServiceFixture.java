package io.cognate.userpool.self;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.ConfigEventLog;
import io.cognate.userpool.testing.SelfService;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/**
 * A pool and a password-enabled client (as the sign-in tests' SignInFixture), users made through
 * the admin API, real access tokens from USER_PASSWORD_AUTH sign-ins through the unsigned SDK, and
 * the codes the service asked to deliver, read from the CodeDeliveryRequested events it committed.
 */
final class SelfServiceFixture implements AutoCloseable {

    static final String PASSWORD = "Corr3ct-Horse!";

    final CognitoIdentityProviderClient admin;
    final CognitoIdentityProviderClient app;
    final String poolId;
    final String clientId;
    private final DataSource dataSource;

    SelfServiceFixture(
            URI endpoint,
            DataSource dataSource,
            Consumer<CreateUserPoolRequest.Builder> pool,
            Consumer<CreateUserPoolClientRequest.Builder> client) {
        this.dataSource = dataSource;
        admin = CognitoClients.root(endpoint);
        app = SelfService.anonymous(endpoint);
        poolId =
                admin.createUserPool(
                                r -> {
                                    r.poolName("self-" + UUID.randomUUID());
                                    pool.accept(r);
                                })
                        .userPool()
                        .id();
        clientId =
                admin.createUserPoolClient(
                                r -> {
                                    r.userPoolId(poolId)
                                            .clientName("app")
                                            .explicitAuthFlows(
                                                    ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                                                    ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
                                    client.accept(r);
                                })
                        .userPoolClient()
                        .clientId();
    }

    SelfServiceFixture(URI endpoint, DataSource dataSource) {
        this(endpoint, dataSource, r -> {}, r -> {});
    }

    /** A CONFIRMED user with {@link #PASSWORD} and these attributes; returns its sub. */
    String confirmedUser(String username, AttributeType... attributes) {
        var created =
                admin.adminCreateUser(
                        r ->
                                r.userPoolId(poolId)
                                        .username(username)
                                        .messageAction(MessageActionType.SUPPRESS)
                                        .userAttributes(attributes));
        admin.adminSetUserPassword(
                r -> r.userPoolId(poolId).username(username).password(PASSWORD).permanent(true));
        return created.user().attributes().stream()
                .filter(a -> a.name().equals("sub"))
                .findFirst()
                .orElseThrow()
                .value();
    }

    /** A CONFIRMED user with a verified email; returns its sub. */
    String confirmedUserWithEmail(String username, String email) {
        return confirmedUser(
                username,
                SelfService.attr("email", email),
                SelfService.attr("email_verified", "true"));
    }

    AuthenticationResultType signIn(String username, String password) {
        return app.initiateAuth(
                        r ->
                                r.clientId(clientId)
                                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                                        .authParameters(
                                                Map.of("USERNAME", username, "PASSWORD", password)))
                .authenticationResult();
    }

    /** A real access token of a USER_PASSWORD_AUTH sign-in with {@link #PASSWORD}. */
    String accessToken(String username) {
        return signIn(username, PASSWORD).accessToken();
    }

    Map<String, String> attributes(String username) {
        return SelfService.attributes(
                admin.adminGetUser(r -> r.userPoolId(poolId).username(username)));
    }

    List<DomainEvent> events(String sub) {
        return ConfigEventLog.eventsFor(dataSource, sub);
    }

    /** The deliveries requested for the user with this purpose, oldest first. */
    List<CodeDeliveryRequested> deliveries(String sub, String purpose) {
        return events(sub).stream()
                .filter(CodeDeliveryRequested.class::isInstance)
                .map(CodeDeliveryRequested.class::cast)
                .filter(d -> d.purpose().equals(purpose))
                .toList();
    }

    /** The latest code sent to the user for attribute verification. */
    CodeDeliveryRequested lastVerification(String sub) {
        List<CodeDeliveryRequested> sent = deliveries(sub, "ATTRIBUTE_VERIFICATION");
        if (sent.isEmpty()) {
            throw new AssertionError("No attribute verification code was sent");
        }
        return sent.get(sent.size() - 1);
    }

    @Override
    public void close() {
        admin.close();
        app.close();
    }
}
