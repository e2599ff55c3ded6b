package io.cognate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleWithWebIdentityCredentialsProvider;

/**
 * The credential loop through the gateway with real services and real clients: a user signs in to a
 * user pool (AWS SDK), trades the ID token for an identity and role credentials at the identity
 * pool, and signs requests with the SDK's own SigV4 signer to a resource service that asks the
 * broker's {@code /internal/verify} who it is and what its role may do. Also guests, STS {@code
 * AssumeRoleWithWebIdentity} with the identity pool's OpenID token (SDK client and credentials
 * provider), the AWS CLI with issued credentials, and {@code ServerSideTokenCheck} against the real
 * user pool.
 */
@ExtendWith(SharedSuite.class)
class CredentialLoopIT {

    private static final LocalSuite SUITE = SharedSuite.SUITE;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Loop-Pa55word!";
    private static final String POLICY =
            """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "ReadThings", "Effect": "Allow", "Action": "execute-api:Invoke",
               "Resource": "arn:aws:execute-api:us-east-1:000000000000:api/GET/things/*"},
              {"Sid": "NeverDelete", "Effect": "Deny", "Action": "execute-api:Invoke",
               "Resource": "arn:aws:execute-api:us-east-1:000000000000:api/DELETE/*"},
              {"Sid": "OwnDepartment", "Effect": "Allow", "Action": "execute-api:Invoke",
               "Resource": "arn:aws:execute-api:us-east-1:000000000000:api/GET/departments/${aws:PrincipalTag/department}/*"}]}
            """;

    private static Map<String, String> root;
    private static CognitoIdentityProviderClient cognito;
    private static CognitoIdentityClient identityAdmin;
    private static CognitoIdentityClient identityApp;
    private static ResourceServer resources;
    private static String userPoolId;
    private static String clientId;
    private static String provider;
    private static String identityPoolId;
    private static String authRole;
    private static String guestRole;

    @BeforeAll
    static void launch() throws Exception {
        root = SUITE.rootCredentials();
        AwsCredentialsProvider rootKeys = GatewayClients.root(root);
        cognito = GatewayClients.cognito(rootKeys);
        identityAdmin = GatewayClients.identity(rootKeys);
        identityApp = GatewayClients.identity(AnonymousCredentialsProvider.create());
        resources = new ResourceServer();

        userPoolId =
                cognito.createUserPool(
                                r ->
                                        r.poolName("credential-loop")
                                                .schema(
                                                        SchemaAttributeType.builder()
                                                                .name("department")
                                                                .attributeDataType(
                                                                        AttributeDataType.STRING)
                                                                .mutable(true)
                                                                .build()))
                        .userPool()
                        .id();
        clientId =
                UserPools.client(
                        cognito,
                        userPoolId,
                        "loop",
                        ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
        provider = "cognito-idp.us-east-1.amazonaws.com/" + userPoolId;
        identityPoolId =
                identityAdmin
                        .createIdentityPool(
                                r ->
                                        r.identityPoolName("credential_loop")
                                                .allowUnauthenticatedIdentities(true)
                                                // GetOpenIdToken is the basic (classic) flow.
                                                .allowClassicFlow(true)
                                                .cognitoIdentityProviders(
                                                        CognitoIdentityProvider.builder()
                                                                .providerName(provider)
                                                                .clientId(clientId)
                                                                .serverSideTokenCheck(true)
                                                                .build()))
                        .identityPoolId();
        try (IamClient iam = GatewayClients.iam(rootKeys)) {
            authRole = role(iam, "loop-auth-", "authenticated");
            guestRole = role(iam, "loop-guest-", "unauthenticated");
        }
        identityAdmin.setIdentityPoolRoles(
                r ->
                        r.identityPoolId(identityPoolId)
                                .roles(
                                        Map.of(
                                                "authenticated",
                                                authRole,
                                                "unauthenticated",
                                                guestRole)));
        identityAdmin.setPrincipalTagAttributeMap(
                r ->
                        r.identityPoolId(identityPoolId)
                                .identityProviderName(provider)
                                .useDefaults(false)
                                .principalTags(Map.of("department", "custom:department")));
    }

    @AfterAll
    static void shutdown() throws Exception {
        for (AutoCloseable open :
                new AutoCloseable[] {resources, identityApp, identityAdmin, cognito}) {
            if (open != null) {
                open.close();
            }
        }
    }

    @Test
    void signedRequestWhenPolicyAllowsThenPrincipalIsTheIdentitysRoleSession() throws Exception {
        SignedIn user = signIn("sales");

        HttpResponse<String> reply = send(user.credentials(), "GET", "/things/42");

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        JsonNode verdict = JSON.readTree(reply.body());
        assertThat(verdict.at("/principal/roleArn").asText()).isEqualTo(authRole);
        assertThat(verdict.at("/principal/arn").asText())
                .startsWith("arn:aws:sts::000000000000:assumed-role/" + roleName(authRole) + "/");
        assertThat(verdict.at("/principal/sessionName").asText()).isNotBlank();
        assertThat(verdict.at("/principal/identityId").asText()).isEqualTo(user.identityId());
        assertThat(verdict.at("/principal/sessionTags/department").asText()).isEqualTo("sales");
        assertThat(verdict.at("/decision/effect").asText()).isEqualTo("ALLOW");
        assertThat(verdict.at("/decision/matchedStatements/0/sid").asText())
                .isEqualTo("ReadThings");
    }

    @Test
    void signedRequestWhenPolicyDeniesTheActionThenForbiddenByExplicitDeny() throws Exception {
        SignedIn user = signIn("sales");

        HttpResponse<String> reply = send(user.credentials(), "DELETE", "/things/42");

        assertThat(reply.statusCode()).isEqualTo(403);
        JsonNode verdict = JSON.readTree(reply.body());
        assertThat(verdict.path("authenticated").asBoolean()).isTrue();
        assertThat(verdict.at("/decision/effect").asText()).isEqualTo("EXPLICIT_DENY");
        assertThat(verdict.at("/decision/matchedStatements/0/sid").asText())
                .isEqualTo("NeverDelete");
    }

    @Test
    void signedRequestWhenResourceNamesThePrincipalTagThenOnlyOwnDepartment() throws Exception {
        SignedIn sales = signIn("sales");
        SignedIn hr = signIn("hr");

        assertThat(send(sales.credentials(), "GET", "/departments/sales/report").statusCode())
                .isEqualTo(200);
        HttpResponse<String> foreign = send(sales.credentials(), "GET", "/departments/hr/report");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(foreign.body()).at("/decision/effect").asText())
                .isEqualTo("IMPLICIT_DENY");
        assertThat(send(hr.credentials(), "GET", "/departments/hr/report").statusCode())
                .isEqualTo(200);
    }

    @Test
    void signedRequestWhenSignatureTamperedThenRefusedAsSignatureDoesNotMatch() throws Exception {
        SignedIn user = signIn("sales");
        var signed = SigV4Requests.sign(user.credentials(), "GET", resources.uri("/things/1"));
        String authorization = signed.firstMatchingHeader("Authorization").orElseThrow();
        char last = authorization.charAt(authorization.length() - 1);
        var tampered =
                signed.toBuilder()
                        .putHeader(
                                "Authorization",
                                authorization.substring(0, authorization.length() - 1)
                                        + (last == '0' ? '1' : '0'))
                        .build();

        HttpResponse<String> reply = SigV4Requests.send(tampered);

        assertThat(reply.statusCode()).isEqualTo(403);
        JsonNode verdict = JSON.readTree(reply.body());
        assertThat(verdict.path("authenticated").asBoolean()).isFalse();
        assertThat(verdict.at("/error/code").asText()).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void presignedUrlWhenCurrentThenAllowedAndWhenExpiredThenRefused() throws Exception {
        SignedIn user = signIn("sales");

        HttpResponse<String> current =
                SigV4Requests.send(
                        SigV4Requests.presign(
                                user.credentials(),
                                resources.uri("/things/7"),
                                Duration.ofMinutes(5),
                                Clock.systemUTC()));
        HttpResponse<String> expired =
                SigV4Requests.send(
                        SigV4Requests.presign(
                                user.credentials(),
                                resources.uri("/things/7"),
                                Duration.ofMinutes(1),
                                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-2))));

        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(expired.body()).at("/error/message").asText())
                .contains("Signature expired");
    }

    @Test
    void guestWhenPoolAllowsThenUnauthenticatedRoleAndWhenNotThenRefused() throws Exception {
        String guest = identityApp.getId(r -> r.identityPoolId(identityPoolId)).identityId();
        Credentials credentials =
                identityApp.getCredentialsForIdentity(r -> r.identityId(guest)).credentials();

        HttpResponse<String> reply = send(session(credentials), "GET", "/things/1");
        JsonNode verdict = JSON.readTree(reply.body());
        assertThat(verdict.at("/principal/roleArn").asText()).isEqualTo(guestRole);
        assertThat(verdict.at("/principal/identityId").asText()).isEqualTo(guest);
        assertThat(verdict.at("/principal/sessionTags").isEmpty()).isTrue();
        assertThat(reply.statusCode()).isEqualTo(200);

        String closed =
                identityAdmin
                        .createIdentityPool(
                                r ->
                                        r.identityPoolName("members_only")
                                                .allowUnauthenticatedIdentities(false))
                        .identityPoolId();
        assertThatThrownBy(() -> identityApp.getId(r -> r.identityPoolId(closed)))
                .isInstanceOf(
                        software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException
                                .class);
    }

    @Test
    void stsWhenAssumingRoleWithTheIdentityPoolsOpenIdTokenThenCallerIsTheRoleSession()
            throws Exception {
        SignedIn user = signIn("sales");
        String openIdToken =
                identityApp
                        .getOpenIdToken(
                                r ->
                                        r.identityId(user.identityId())
                                                .logins(Map.of(provider, user.idToken())))
                        .token();

        try (StsClient anonymous = GatewayClients.sts(AnonymousCredentialsProvider.create())) {
            var assumed =
                    anonymous.assumeRoleWithWebIdentity(
                            r ->
                                    r.roleArn(authRole)
                                            .roleSessionName("sdk-client")
                                            .webIdentityToken(openIdToken));
            assertThat(assumed.subjectFromWebIdentityToken()).isEqualTo(user.identityId());
            assertThat(assumed.credentials().accessKeyId()).startsWith("ASIA");

            try (var provider =
                            StsAssumeRoleWithWebIdentityCredentialsProvider.builder()
                                    .stsClient(anonymous)
                                    .refreshRequest(
                                            r ->
                                                    r.roleArn(authRole)
                                                            .roleSessionName("sdk-provider")
                                                            .webIdentityToken(openIdToken))
                                    .build();
                    StsClient asRole = GatewayClients.sts(provider)) {
                assertThat(asRole.getCallerIdentity().arn())
                        .isEqualTo(
                                "arn:aws:sts::000000000000:assumed-role/"
                                        + roleName(authRole)
                                        + "/sdk-provider");
            }
        }
    }

    @Test
    void awsCliWhenGivenIssuedCredentialsThenGetCallerIdentityIsTheRoleSession() throws Exception {
        assumeTrue(AwsCli.installed(), "the AWS CLI is not installed on this machine");
        SignedIn user = signIn("sales");
        AwsSessionCredentials credentials = user.credentials();

        JsonNode caller =
                new AwsCli(
                                Map.of(
                                        "accessKeyId", credentials.accessKeyId(),
                                        "secretAccessKey", credentials.secretAccessKey(),
                                        "sessionToken", credentials.sessionToken()))
                        .json("sts", "get-caller-identity");

        assertThat(caller.path("Account").asText()).isEqualTo("000000000000");
        assertThat(caller.path("Arn").asText())
                .startsWith("arn:aws:sts::000000000000:assumed-role/" + roleName(authRole) + "/");
    }

    @Test
    void serverSideTokenCheckWhenUserSignedOutOrDisabledThenIdTokenRefused() {
        SignedIn signedOut = signIn("sales");
        cognito.adminUserGlobalSignOut(
                r -> r.userPoolId(userPoolId).username(signedOut.username()));
        assertThatThrownBy(() -> getId(signedOut.idToken()))
                .isInstanceOf(
                        software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException
                                .class)
                .hasMessageContaining("revoked");

        SignedIn disabled = signIn("sales");
        cognito.adminDisableUser(r -> r.userPoolId(userPoolId).username(disabled.username()));
        assertThatThrownBy(() -> getId(disabled.idToken()))
                .isInstanceOf(
                        software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException
                                .class)
                .hasMessageContaining("disabled");
    }

    @Test
    void gatewayWhenAskedForTheInternalVerifyEndpointThenNotForwarded() throws Exception {
        HttpResponse<String> reply =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                GatewayClients.GATEWAY.resolve("/internal/verify"))
                                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isBetween(400, 404);
        assertThat(reply.body()).doesNotContain("authenticated");
    }

    /** A signed-in user of the department, with an identity and its role credentials. */
    private record SignedIn(
            String username, String idToken, String identityId, AwsSessionCredentials credentials) {
        @Override
        public String toString() {
            return "SignedIn[" + username + ", tokens and keys redacted]";
        }
    }

    private static SignedIn signIn(String department) {
        String username =
                UserPools.confirmedUser(
                        cognito,
                        userPoolId,
                        department,
                        PASSWORD,
                        AttributeType.builder()
                                .name("custom:department")
                                .value(department)
                                .build());
        String idToken =
                UserPools.passwordSignIn(cognito, clientId, username, PASSWORD)
                        .authenticationResult()
                        .idToken();
        String identityId = getId(idToken);
        Credentials credentials =
                identityApp
                        .getCredentialsForIdentity(
                                r -> r.identityId(identityId).logins(Map.of(provider, idToken)))
                        .credentials();
        return new SignedIn(username, idToken, identityId, session(credentials));
    }

    private static String getId(String idToken) {
        return identityApp
                .getId(r -> r.identityPoolId(identityPoolId).logins(Map.of(provider, idToken)))
                .identityId();
    }

    private static HttpResponse<String> send(
            AwsSessionCredentials credentials, String method, String path) throws Exception {
        return SigV4Requests.send(SigV4Requests.sign(credentials, method, resources.uri(path)));
    }

    private static AwsSessionCredentials session(Credentials issued) {
        return CredentialStack.session(issued);
    }

    private static String role(IamClient iam, String prefix, String amr) {
        return CredentialStack.role(iam, prefix + System.nanoTime(), identityPoolId, amr, POLICY);
    }

    private static String roleName(String roleArn) {
        return roleArn.substring(CredentialStack.ROLE_PREFIX.length());
    }
}
