package io.cognate.userpool.auth;

import io.cognate.userpool.testing.CognitoClients;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;

/** A pool with a password-enabled client and helpers to make users in it. */
final class SignInFixture implements AutoCloseable {

    static final String PASSWORD = "Corr3ct-Horse!";

    final CognitoIdentityProviderClient cognito;
    final String poolId;
    final String clientId;

    SignInFixture(URI endpoint, PreventUserExistenceErrorTypes prevent) {
        cognito = CognitoClients.root(endpoint);
        poolId =
                cognito.createUserPool(r -> r.poolName("signin-" + UUID.randomUUID()))
                        .userPool()
                        .id();
        clientId =
                cognito.createUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientName("app")
                                                .preventUserExistenceErrors(prevent)
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

    /** A CONFIRMED user with {@link #PASSWORD}. */
    String confirmedUser() {
        String username = "user-" + UUID.randomUUID();
        cognito.adminCreateUser(
                r ->
                        r.userPoolId(poolId)
                                .username(username)
                                .messageAction("SUPPRESS")
                                .userAttributes(
                                        a -> a.name("email").value(username + "@example.com")));
        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username(username).password(PASSWORD).permanent(true));
        return username;
    }

    /** A FORCE_CHANGE_PASSWORD user with temporary password {@link #PASSWORD}. */
    String userWithTemporaryPassword() {
        String username = "new-" + UUID.randomUUID();
        cognito.adminCreateUser(
                r ->
                        r.userPoolId(poolId)
                                .username(username)
                                .temporaryPassword(PASSWORD)
                                .messageAction("SUPPRESS"));
        return username;
    }

    InitiateAuthResponse passwordSignIn(String username, String password) {
        return cognito.initiateAuth(
                r ->
                        r.clientId(clientId)
                                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                                .authParameters(
                                        Map.of("USERNAME", username, "PASSWORD", password)));
    }

    static List<String> flows(String... names) {
        return List.of(names);
    }

    @Override
    public void close() {
        cognito.close();
    }
}
