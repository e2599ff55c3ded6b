package io.cognate.broker.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.cognate.broker.testing.AwsClients;
import io.cognate.broker.testing.SignedRequests;
import io.cognate.broker.testing.TestTokens;
import io.cognate.broker.testing.WebIdentityRoles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * {@code /internal/verify} with presigned URLs made by the AWS SDK's own signer ({@code
 * AwsV4HttpSigner}, {@code AUTH_LOCATION = QUERY_STRING}, {@code EXPIRATION_DURATION}) with
 * credentials the broker issued: the principal and decision as for a header-signed request, the
 * URL's own expiry enforced (and not the 5-minute skew), and every altered part refused.
 */
@QuarkusTest
class PresignedUrlQuarkusTest {

    private static final String URL = "https://dynamodb.us-east-1.amazonaws.com/reports?year=2026";
    private static final String BODY = "";
    private static final String POLICY =
            """
            {"Version": "2012-10-17", "Statement": [
              {"Sid": "Read", "Effect": "Allow", "Action": "dynamodb:GetItem", "Resource": "*"}]}
            """;

    @TestHTTPResource("/")
    URI endpoint;

    private IamClient iam;
    private String roleName;
    private AwsSessionCredentials session;

    @BeforeEach
    void assumeRole() {
        iam = AwsClients.iam(endpoint, AwsClients.root());
        roleName = "presign-" + UUID.randomUUID().toString().substring(0, 12);
        iam.createRole(
                r ->
                        r.roleName(roleName)
                                .assumeRolePolicyDocument(
                                        WebIdentityRoles.trustingIdentityPool(
                                                TestTokens.POOL_ID, "authenticated", true)));
        iam.putRolePolicy(r -> r.roleName(roleName).policyName("app").policyDocument(POLICY));
        TestTokens token = TestTokens.identityPool().tags(Map.of("department", "sales"), List.of());
        try (StsClient sts = AwsClients.anonymousSts(endpoint)) {
            var issued =
                    sts.assumeRoleWithWebIdentity(
                                    r ->
                                            r.roleArn("arn:aws:iam::000000000000:role/" + roleName)
                                                    .roleSessionName("presigner")
                                                    .webIdentityToken(token.sign()))
                            .credentials();
            session =
                    AwsSessionCredentials.create(
                            issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken());
        }
    }

    @AfterEach
    void close() {
        iam.close();
    }

    @Test
    void verifyWhenPresignedUrlIsCurrentThenPrincipalAndDecision() {
        verify(presigned(Duration.ofMinutes(5), Duration.ZERO), "dynamodb:GetItem")
                .statusCode(200)
                .body("authenticated", equalTo(true))
                .body(
                        "principal.arn",
                        equalTo(
                                "arn:aws:sts::000000000000:assumed-role/"
                                        + roleName
                                        + "/presigner"))
                .body("principal.sessionTags.department", equalTo("sales"))
                .body("decision.effect", equalTo("ALLOW"));
        verify(presigned(Duration.ofMinutes(5), Duration.ZERO), "dynamodb:PutItem")
                .statusCode(200)
                .body("decision.effect", equalTo("IMPLICIT_DENY"));
    }

    @Test
    void verifyWhenPresignedLongerAgoThanTheSkewButWithinExpiresThenAccepted() {
        verify(presigned(Duration.ofHours(1), Duration.ofMinutes(-30)), "dynamodb:GetItem")
                .statusCode(200)
                .body("decision.allowed", equalTo(true));
    }

    @Test
    void verifyWhenPresignedUrlExpiredThenSignatureExpired() {
        verify(presigned(Duration.ofMinutes(5), Duration.ofMinutes(-6)), "dynamodb:GetItem")
                .statusCode(403)
                .body("authenticated", equalTo(false))
                .body("error.code", equalTo("SignatureDoesNotMatch"))
                .body("error.message", containsString("Signature expired"));
    }

    @Test
    void verifyWhenExpirySignatureOrQueryAlteredThenSignatureDoesNotMatch() {
        Map<String, Object> extended = presigned(Duration.ofMinutes(5), Duration.ofMinutes(-6));
        extended.put("query", replace(extended, "X-Amz-Expires=\\d+", "X-Amz-Expires=3600"));
        refused(extended, 403, "SignatureDoesNotMatch");

        Map<String, Object> tampered = presigned(Duration.ofMinutes(5), Duration.ZERO);
        Matcher signature =
                Pattern.compile("X-Amz-Signature=([0-9a-f]+)")
                        .matcher((String) tampered.get("query"));
        signature.find();
        String flipped = (signature.group(1).charAt(0) == '0' ? "1" : "0");
        tampered.put(
                "query",
                replace(tampered, "X-Amz-Signature=[0-9a-f]", "X-Amz-Signature=" + flipped));
        refused(tampered, 403, "SignatureDoesNotMatch");

        Map<String, Object> otherYear = presigned(Duration.ofMinutes(5), Duration.ZERO);
        otherYear.put("query", replace(otherYear, "year=2026", "year=2025"));
        refused(otherYear, 403, "SignatureDoesNotMatch");

        Map<String, Object> otherBody = presigned(Duration.ofMinutes(5), Duration.ZERO);
        otherBody.put("bodySha256", SignedRequests.sha256("{\"smuggled\":true}"));
        refused(otherBody, 403, "SignatureDoesNotMatch");
    }

    @Test
    void verifyWhenSessionTokenRemovedThenInvalidClientTokenId() {
        Map<String, Object> request = presigned(Duration.ofMinutes(5), Duration.ZERO);
        request.put("query", replace(request, "&?X-Amz-Security-Token=[^&]*", ""));

        refused(request, 403, "InvalidClientTokenId");
    }

    @Test
    void verifyWhenExpiresBeyondAWeekOrParameterRepeatedThenIncompleteSignature401() {
        Map<String, Object> tooLong = presigned(Duration.ofMinutes(5), Duration.ZERO);
        tooLong.put("query", replace(tooLong, "X-Amz-Expires=\\d+", "X-Amz-Expires=604801"));
        refused(tooLong, 401, "IncompleteSignature");

        Map<String, Object> repeated = presigned(Duration.ofMinutes(5), Duration.ZERO);
        repeated.put("query", repeated.get("query") + "&X-Amz-Expires=60");
        refused(repeated, 401, "IncompleteSignature");
    }

    private Map<String, Object> presigned(Duration expiresIn, Duration signedAtOffset) {
        return new HashMap<>(
                SignedRequests.presigned(
                        session,
                        URL,
                        BODY,
                        expiresIn,
                        Clock.offset(Clock.systemUTC(), signedAtOffset)));
    }

    private static String replace(Map<String, Object> request, String regex, String replacement) {
        String query = (String) request.get("query");
        String changed = query.replaceFirst(regex, replacement);
        if (changed.equals(query)) {
            throw new AssertionError(regex + " not found in " + query);
        }
        return changed;
    }

    private static ValidatableResponse verify(Map<String, Object> request, String action) {
        Map<String, Object> body = new HashMap<>(request);
        body.put("action", action);
        return given().contentType(ContentType.JSON).body(body).post(VerifyResource.PATH).then();
    }

    private static void refused(Map<String, Object> request, int status, String code) {
        verify(request, "dynamodb:GetItem")
                .statusCode(status)
                .body("authenticated", equalTo(false))
                .body("error.code", equalTo(code));
    }
}
