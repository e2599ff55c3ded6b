package io.cognate.e2e;

import java.util.Map;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The smallest credential loop, created through the gateway with the SDK: a user pool and app
 * client, an identity pool trusting it, and its authenticated role, allowed {@code
 * execute-api:Invoke} on {@code GET /things/*} of the test {@link ResourceServer}.
 */
final class CredentialStack implements AutoCloseable {

    static final String ROLE_PREFIX = "arn:aws:iam::000000000000:role/";
    private static final String PASSWORD = "Stack-Pa55word!";

    /** The role policy: {@code execute-api:Invoke} on {@code GET /things/*}. */
    static final String READ_THINGS =
            """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "ReadThings", "Effect": "Allow", "Action": "execute-api:Invoke",
               "Resource": "arn:aws:execute-api:us-east-1:000000000000:api/GET/things/*"}]}
            """;

    /** Role credentials as GetCredentialsForIdentity handed them out. */
    record Issued(String identityId, Credentials credentials) {
        AwsSessionCredentials session() {
            return CredentialStack.session(credentials);
        }

        @Override
        public String toString() {
            return "Issued[" + identityId + ", keys redacted]";
        }
    }

    private final CognitoIdentityProviderClient cognito;
    private final CognitoIdentityClient identityApp;
    final String userPoolId;
    final String clientId;
    final String provider;
    final String identityPoolId;
    final String roleArn;

    CredentialStack(AwsCredentialsProvider root, String name) {
        cognito = GatewayClients.cognito(root);
        identityApp = GatewayClients.identity(AnonymousCredentialsProvider.create());
        userPoolId = cognito.createUserPool(r -> r.poolName(name)).userPool().id();
        clientId =
                UserPools.client(
                        cognito,
                        userPoolId,
                        name,
                        ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
        provider = "cognito-idp.us-east-1.amazonaws.com/" + userPoolId;
        try (CognitoIdentityClient identityAdmin = GatewayClients.identity(root);
                IamClient iam = GatewayClients.iam(root)) {
            identityPoolId =
                    identityAdmin
                            .createIdentityPool(
                                    r ->
                                            r.identityPoolName(name.replace('-', '_'))
                                                    .allowUnauthenticatedIdentities(false)
                                                    .cognitoIdentityProviders(
                                                            CognitoIdentityProvider.builder()
                                                                    .providerName(provider)
                                                                    .clientId(clientId)
                                                                    .build()))
                            .identityPoolId();
            roleArn =
                    role(
                            iam,
                            name + "-" + System.nanoTime(),
                            identityPoolId,
                            "authenticated",
                            READ_THINGS);
            identityAdmin.setIdentityPoolRoles(
                    r -> r.identityPoolId(identityPoolId).roles(Map.of("authenticated", roleArn)));
        }
    }

    /** A new user signs in with a password; its ID token becomes an identity and credentials. */
    Issued signIn() {
        String username = UserPools.confirmedUser(cognito, userPoolId, "stack-user", PASSWORD);
        String idToken =
                UserPools.passwordSignIn(cognito, clientId, username, PASSWORD)
                        .authenticationResult()
                        .idToken();
        Map<String, String> logins = Map.of(provider, idToken);
        String identityId =
                identityApp
                        .getId(r -> r.identityPoolId(identityPoolId).logins(logins))
                        .identityId();
        Credentials credentials =
                identityApp
                        .getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins))
                        .credentials();
        return new Issued(identityId, credentials);
    }

    /**
     * A role named {@code name} that identities of {@code identityPoolId} with the {@code amr}
     * ("authenticated" or "unauthenticated") may assume, allowed what {@code policy} allows.
     */
    static String role(
            IamClient iam, String name, String identityPoolId, String amr, String policy) {
        String trust =
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":{\"Federated\":\"cognito-identity.amazonaws.com\"},"
                        + "\"Action\":[\"sts:AssumeRoleWithWebIdentity\",\"sts:TagSession\"],"
                        + "\"Condition\":{\"StringEquals\":{\"cognito-identity.amazonaws.com:aud\":\""
                        + identityPoolId
                        + "\"},\"ForAnyValue:StringLike\":{\"cognito-identity.amazonaws.com:amr\":\""
                        + amr
                        + "\"}}}]}";
        iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(trust));
        iam.putRolePolicy(r -> r.roleName(name).policyName("app").policyDocument(policy));
        return ROLE_PREFIX + name;
    }

    /** The SDK's session credentials for keys GetCredentialsForIdentity issued. */
    static AwsSessionCredentials session(Credentials issued) {
        return AwsSessionCredentials.create(
                issued.accessKeyId(), issued.secretKey(), issued.sessionToken());
    }

    @Override
    public void close() {
        identityApp.close();
        cognito.close();
    }
}
