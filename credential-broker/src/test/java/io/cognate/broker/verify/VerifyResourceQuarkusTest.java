package io.cognate.broker.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.cognate.broker.credentials.IssuedCredentials;
import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.credentials.TemporaryCredentials;
import io.cognate.broker.testing.AwsClients;
import io.cognate.broker.testing.SignedRequests;
import io.cognate.broker.testing.TestTokens;
import io.cognate.broker.testing.WebIdentityRoles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;

/**
 * {@code /internal/verify} with requests signed by the AWS SDK's own signer, using credentials the
 * broker issued for an identity-pool token: who signed, what the role's policies decide (allow,
 * explicit and implicit deny, a tag-based resource), and SECURITY-CASES 18 (expired credentials,
 * tampered signature, tampered body hash, wrong session token, stale date), each refused with the
 * SDK's error code.
 */
@QuarkusTest
class VerifyResourceQuarkusTest {

    private static final String URL = "https://dynamodb.us-east-1.amazonaws.com/";
    private static final String BODY = "{\"TableName\":\"things\"}";
    private static final String POLICY =
            """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "Items", "Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:DeleteItem"], "Resource": "*"},
              {"Sid": "NoDelete", "Effect": "Deny", "Action": "dynamodb:DeleteItem", "Resource": "*"},
              {"Sid": "OwnDepartment", "Effect": "Allow", "Action": "dynamodb:Query",
               "Resource": "arn:aws:dynamodb:*:*:table/${aws:PrincipalTag/department}-*"}]}
            """;

    @TestHTTPResource("/")
    URI endpoint;

    @Inject TemporaryCredentials temporary;

    private IamClient iam;
    private String roleName;
    private TestTokens token;
    private AssumeRoleWithWebIdentityResponse assumed;

    @BeforeEach
    void assumeRoleWithAnIdentityPoolToken() {
        iam = AwsClients.iam(endpoint, AwsClients.root());
        roleName = "verify-" + UUID.randomUUID().toString().substring(0, 12);
        iam.createRole(
                r ->
                        r.roleName(roleName)
                                .assumeRolePolicyDocument(
                                        WebIdentityRoles.trustingIdentityPool(
                                                TestTokens.POOL_ID, "authenticated", true)));
        iam.putRolePolicy(r -> r.roleName(roleName).policyName("app").policyDocument(POLICY));
        token = TestTokens.identityPool().tags(Map.of("department", "sales"), List.of());
        try (StsClient sts = AwsClients.anonymousSts(endpoint)) {
            assumed =
                    sts.assumeRoleWithWebIdentity(
                            r ->
                                    r.roleArn("arn:aws:iam::000000000000:role/" + roleName)
                                            .roleSessionName("app-user")
                                            .webIdentityToken(token.sign()));
        }
    }

    @AfterEach
    void close() {
        iam.close();
    }

    @Test
    void verifyWhenPolicyAllowsTheActionThenPrincipalAndAllow() {
        verify(
                        signed(session()),
                        "dynamodb:GetItem",
                        "arn:aws:dynamodb:us-east-1:000000000000:table/things")
                .statusCode(200)
                .body("authenticated", equalTo(true))
                .body(
                        "principal.arn",
                        equalTo("arn:aws:sts::000000000000:assumed-role/" + roleName + "/app-user"))
                .body("principal.accountId", equalTo("000000000000"))
                .body("principal.roleArn", equalTo("arn:aws:iam::000000000000:role/" + roleName))
                .body("principal.sessionName", equalTo("app-user"))
                .body("principal.identityId", equalTo(token.subject()))
                .body("principal.sessionTags.department", equalTo("sales"))
                .body("principal.webIdentity.provider", equalTo("cognito-identity.amazonaws.com"))
                .body("principal.webIdentity.audience", equalTo(TestTokens.POOL_ID))
                .body("principal.webIdentity.amr", hasItem("authenticated"))
                .body("decision.effect", equalTo("ALLOW"))
                .body("decision.allowed", equalTo(true))
                .body("decision.matchedStatements.sid", contains("Items"));
    }

    @Test
    void verifyWhenExplicitlyOrImplicitlyDeniedThenAuthenticatedButDenied() {
        verify(signed(session()), "dynamodb:DeleteItem", "*")
                .statusCode(200)
                .body("authenticated", equalTo(true))
                .body("decision.effect", equalTo("EXPLICIT_DENY"))
                .body("decision.allowed", equalTo(false))
                .body("decision.matchedStatements.sid", contains("NoDelete"));
        verify(signed(session()), "dynamodb:PutItem", "*")
                .statusCode(200)
                .body("decision.effect", equalTo("IMPLICIT_DENY"))
                .body("decision.matchedStatements", org.hamcrest.Matchers.empty());
    }

    @Test
    void verifyWhenResourceUsesThePrincipalTagThenOnlyTheTaggedDepartmentIsAllowed() {
        verify(
                        signed(session()),
                        "dynamodb:Query",
                        "arn:aws:dynamodb:us-east-1:000000000000:table/sales-reports")
                .body("decision.effect", equalTo("ALLOW"))
                .body("decision.matchedStatements.sid", contains("OwnDepartment"));
        verify(
                        signed(session()),
                        "dynamodb:Query",
                        "arn:aws:dynamodb:us-east-1:000000000000:table/hr-reports")
                .body("decision.effect", equalTo("IMPLICIT_DENY"));
    }

    @Test
    void verifyWhenSignedWithTheRootKeysThenRootIsAllowed() {
        verify(signed(AwsClients.root()), "dynamodb:DeleteItem", "*")
                .statusCode(200)
                .body("principal.arn", equalTo("arn:aws:iam::000000000000:root"))
                .body("principal.roleArn", nullValue())
                .body("decision.effect", equalTo("ALLOW"));
    }

    @Test
    void verifyWhenCredentialsExpiredThenExpiredToken() {
        SessionPrincipal live =
                temporary
                        .resolve(
                                assumed.credentials().accessKeyId(),
                                assumed.credentials().sessionToken())
                        .principal();
        IssuedCredentials expired =
                temporary.mint(
                        new SessionPrincipal(
                                live.accountId(),
                                live.roleArn(),
                                live.roleId(),
                                live.roleName(),
                                live.sessionName(),
                                Instant.now().minusSeconds(3600),
                                Instant.now().minusSeconds(1),
                                live.sessionTags(),
                                List.of(),
                                null,
                                null,
                                live.webIdentity()));

        refused(
                signed(
                        AwsSessionCredentials.create(
                                expired.accessKeyId(),
                                expired.secretAccessKey(),
                                expired.sessionToken())),
                403,
                "ExpiredToken");
    }

    @Test
    void verifyWhenSignatureTamperedThenSignatureDoesNotMatch() {
        Map<String, Object> request = signed(session());
        Map<String, Object> headers = headers(request);
        String authorization = (String) ((List<?>) headers.get("Authorization")).get(0);
        char last = authorization.charAt(authorization.length() - 1);
        headers.put(
                "Authorization",
                authorization.substring(0, authorization.length() - 1) + (last == '0' ? '1' : '0'));

        refused(request, 403, "SignatureDoesNotMatch");
    }

    @Test
    void verifyWhenBodyHashIsNotTheSignedBodyThenSignatureDoesNotMatch() {
        Map<String, Object> request = signed(session());
        request.put("bodySha256", SignedRequests.sha256("{\"TableName\":\"secrets\"}"));

        refused(request, 403, "SignatureDoesNotMatch");
    }

    @Test
    void verifyWhenSessionTokenMissingOrOfAnotherSessionThenInvalidClientTokenId() {
        Map<String, Object> withoutToken = signed(session());
        headers(withoutToken)
                .keySet()
                .removeIf(name -> name.equalsIgnoreCase("X-Amz-Security-Token"));
        refused(withoutToken, 403, "InvalidClientTokenId");

        String otherToken;
        try (StsClient sts = AwsClients.anonymousSts(endpoint)) {
            otherToken =
                    sts.assumeRoleWithWebIdentity(
                                    r ->
                                            r.roleArn("arn:aws:iam::000000000000:role/" + roleName)
                                                    .roleSessionName("other")
                                                    .webIdentityToken(token.sign()))
                            .credentials()
                            .sessionToken();
        }
        AwsSessionCredentials mixed =
                AwsSessionCredentials.create(
                        assumed.credentials().accessKeyId(),
                        assumed.credentials().secretAccessKey(),
                        otherToken);
        refused(signed(mixed), 403, "InvalidClientTokenId");
    }

    @Test
    void verifyWhenSignedWithAWrongSecretOrAStaleDateThenSignatureDoesNotMatch() {
        AwsSessionCredentials wrongSecret =
                AwsSessionCredentials.create(
                        assumed.credentials().accessKeyId(),
                        "x" + assumed.credentials().secretAccessKey().substring(1),
                        assumed.credentials().sessionToken());
        refused(signed(wrongSecret), 403, "SignatureDoesNotMatch");

        Clock tenMinutesAgo = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));
        given().contentType(ContentType.JSON)
                .body(
                        withAction(
                                SignedRequests.post(session(), URL, BODY, tenMinutesAgo),
                                "dynamodb:GetItem",
                                "*"))
                .post(VerifyResource.PATH)
                .then()
                .statusCode(403)
                .body("error.code", equalTo("SignatureDoesNotMatch"))
                .body("error.message", containsString("Signature expired"));
    }

    @Test
    void verifyWhenBodyIsNotAVerifyRequestThen400NeverA500() {
        given().contentType(ContentType.JSON)
                .body("{not json")
                .post(VerifyResource.PATH)
                .then()
                .statusCode(400)
                .body("error.code", equalTo("SerializationException"));
        given().contentType(ContentType.JSON)
                .body("[]")
                .post(VerifyResource.PATH)
                .then()
                .statusCode(400)
                .body("error.code", equalTo("ValidationException"));
        Map<String, Object> request = withAction(signed(session()), "dynamodb:GetItem", "*");
        request.put("bodySha256", 42);
        given().contentType(ContentType.JSON)
                .body(request)
                .post(VerifyResource.PATH)
                .then()
                .statusCode(400)
                .body("error.message", containsString("bodySha256"));
        Map<String, Object> escalation = withAction(signed(session()), "dynamodb:GetItem", "*");
        escalation.put("context", Map.of("aws:PrincipalTag/department", "hr"));
        given().contentType(ContentType.JSON)
                .body(escalation)
                .post(VerifyResource.PATH)
                .then()
                .statusCode(400)
                .body("error.message", containsString("principal"));
    }

    @Test
    void verifyWhenSignedForAnotherServiceThanTheActionsThenSignatureDoesNotMatch() {
        verify(signed(session()), "s3:GetObject", "*")
                .statusCode(403)
                .body("error.code", equalTo("SignatureDoesNotMatch"))
                .body("error.message", containsString("scoped to correct service"));
    }

    @Test
    void verifyWhenUnsignedThenMissingAuthenticationToken401() {
        Map<String, Object> request = signed(session());
        headers(request).keySet().removeIf(name -> name.equalsIgnoreCase("Authorization"));

        refused(request, 401, "MissingAuthenticationToken");
    }

    @Test
    void verifyWhenTheRolePolicyChangesThenTheVeryNextDecisionFollowsIt() {
        Map<String, Object> request = signed(session());
        String table = "arn:aws:dynamodb:us-east-1:000000000000:table/things";
        verify(request, "dynamodb:GetItem", table).body("decision.effect", equalTo("ALLOW"));

        iam.putRolePolicy(
                r ->
                        r.roleName(roleName)
                                .policyName("app")
                                .policyDocument(
                                        """
                                        {"Version": "2012-10-17", "Statement": [
                                          {"Sid": "OnlyPut", "Effect": "Allow", "Action": "dynamodb:PutItem", "Resource": "*"}]}
                                        """));
        verify(request, "dynamodb:GetItem", table)
                .body("decision.effect", equalTo("IMPLICIT_DENY"));
        verify(request, "dynamodb:PutItem", table)
                .body("decision.effect", equalTo("ALLOW"))
                .body("decision.matchedStatements.sid", contains("OnlyPut"));

        iam.deleteRolePolicy(r -> r.roleName(roleName).policyName("app"));
        verify(request, "dynamodb:PutItem", table)
                .body("decision.effect", equalTo("IMPLICIT_DENY"));
    }

    @Test
    void verifyWhenTheRoleWasDeletedThenCredentialsIssuedBeforeAreDeniedAtOnce() {
        Map<String, Object> request = signed(session());
        verify(request, "dynamodb:GetItem", "*").body("decision.effect", equalTo("ALLOW"));

        iam.deleteRolePolicy(r -> r.roleName(roleName).policyName("app"));
        iam.deleteRole(r -> r.roleName(roleName));

        verify(request, "dynamodb:GetItem", "*")
                .statusCode(200)
                .body("authenticated", equalTo(true))
                .body("decision.effect", equalTo("IMPLICIT_DENY"))
                .body("decision.allowed", equalTo(false));
    }

    private AwsSessionCredentials session() {
        return AwsSessionCredentials.create(
                assumed.credentials().accessKeyId(),
                assumed.credentials().secretAccessKey(),
                assumed.credentials().sessionToken());
    }

    private static Map<String, Object> signed(
            software.amazon.awssdk.identity.spi.AwsCredentialsIdentity credentials) {
        return new HashMap<>(SignedRequests.post(credentials, URL, BODY));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headers(Map<String, Object> request) {
        Map<String, Object> headers = new HashMap<>((Map<String, Object>) request.get("headers"));
        request.put("headers", headers);
        return headers;
    }

    private static Map<String, Object> withAction(
            Map<String, Object> request, String action, String resource) {
        Map<String, Object> body = new HashMap<>(request);
        body.put("action", action);
        body.put("resource", resource);
        return body;
    }

    private static ValidatableResponse verify(
            Map<String, Object> request, String action, String resource) {
        return given().contentType(ContentType.JSON)
                .body(withAction(request, action, resource))
                .post(VerifyResource.PATH)
                .then();
    }

    private static void refused(Map<String, Object> request, int status, String code) {
        verify(request, "dynamodb:GetItem", "*")
                .statusCode(status)
                .body("authenticated", equalTo(false))
                .body("error.code", equalTo(code));
    }
}
