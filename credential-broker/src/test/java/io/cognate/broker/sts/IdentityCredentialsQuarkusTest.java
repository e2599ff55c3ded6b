package io.cognate.broker.sts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.broker.testing.AwsClients;
import io.cognate.broker.testing.InternalCalls;
import io.cognate.broker.testing.WebIdentityRoles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * {@code POST /internal/identity-credentials}, identity-pool-service's hop for
 * GetCredentialsForIdentity: signed with the root keys (by the AWS SDK's own signer), it is decided
 * exactly as an identity-pool token at AssumeRoleWithWebIdentity — trust policy on {@code
 * cognito-identity.amazonaws.com:aud/amr}, {@code sts:TagSession} for principal tags, the role's
 * maximum duration — with the same events; anything not signed by the root keys is refused.
 */
@QuarkusTest
class IdentityCredentialsQuarkusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI endpoint;

    @Inject Pool pool;

    private IamClient iam;
    private URI internal;
    private String poolId;

    @BeforeEach
    void clients() {
        iam = AwsClients.iam(endpoint, AwsClients.root());
        internal = endpoint.resolve("/internal/identity-credentials");
        poolId = "us-east-1:" + UUID.randomUUID();
    }

    @AfterEach
    void close() {
        iam.close();
    }

    @Test
    void identityCredentialsWhenRootSignedAndTrustedThenCredentialsThatSignAsTheRole()
            throws Exception {
        String name = role(WebIdentityRoles.trustingIdentityPool(poolId, "authenticated", false));
        String identityId = "us-east-1:" + UUID.randomUUID();

        HttpResponse<String> reply =
                InternalCalls.signed(
                        AwsClients.root(), internal, body(name, identityId, Map.of(), 3600));

        assertThat(reply.statusCode()).isEqualTo(200);
        JsonNode credentials = JSON.readTree(reply.body());
        assertThat(credentials.path("AccessKeyId").asText()).matches("ASIA[A-Z0-9]{16}");
        assertThat(Instant.ofEpochSecond(credentials.path("Expiration").asLong()))
                .isBetween(Instant.now().plusSeconds(3500), Instant.now().plusSeconds(3601));
        String sessionArn =
                "arn:aws:sts::000000000000:assumed-role/" + name + "/CognitoIdentityCredentials";
        try (StsClient asRole = AwsClients.sts(endpoint, session(credentials))) {
            assertThat(asRole.getCallerIdentity().arn()).isEqualTo(sessionArn);
        }
        assertThat(events(arn(name)))
                .singleElement()
                .asString()
                .contains("CredentialsIssued")
                .contains("AssumeRoleWithWebIdentity")
                .contains("cognito-identity.amazonaws.com/" + identityId)
                .doesNotContain(credentials.path("SecretAccessKey").asText())
                .doesNotContain(credentials.path("SessionToken").asText());
    }

    @Test
    void identityCredentialsWhenAudienceOrAmrDoNotMatchTheTrustPolicyThenAccessDeniedAndEvent()
            throws Exception {
        String authenticatedOnly =
                role(WebIdentityRoles.trustingIdentityPool(poolId, "authenticated", false));
        String otherPool =
                role(WebIdentityRoles.trustingIdentityPool("us-east-1:other-pool", "*", false));
        String identityId = "us-east-1:" + UUID.randomUUID();

        HttpResponse<String> guest =
                InternalCalls.signed(
                        AwsClients.root(),
                        internal,
                        body(authenticatedOnly, identityId, Map.of(), 3600)
                                .replace("\"authenticated\"", "\"unauthenticated\""));
        HttpResponse<String> elsewhere =
                InternalCalls.signed(
                        AwsClients.root(), internal, body(otherPool, identityId, Map.of(), 3600));

        assertRefused(guest, 403, "AccessDenied");
        assertRefused(elsewhere, 403, "AccessDenied");
        assertThat(events(arn(otherPool)))
                .singleElement()
                .asString()
                .contains("CredentialsDenied")
                .contains("TRUST_POLICY_DENIED");
    }

    @Test
    void identityCredentialsWhenPrincipalTagsThenTagSessionRequiredAndTagsAreSessionTags()
            throws Exception {
        String tagging = role(WebIdentityRoles.trustingIdentityPool(poolId, "authenticated", true));
        String notTagging =
                role(WebIdentityRoles.trustingIdentityPool(poolId, "authenticated", false));
        String identityId = "us-east-1:" + UUID.randomUUID();
        Map<String, String> tags = Map.of("department", "sales");

        HttpResponse<String> tagged =
                InternalCalls.signed(
                        AwsClients.root(), internal, body(tagging, identityId, tags, 3600));
        HttpResponse<String> refused =
                InternalCalls.signed(
                        AwsClients.root(), internal, body(notTagging, identityId, tags, 3600));

        assertThat(tagged.statusCode()).isEqualTo(200);
        assertThat(events(arn(tagging)))
                .singleElement()
                .asString()
                .contains("\"sessionTags\": {\"department\": \"sales\"}");
        assertRefused(refused, 403, "AccessDenied");
    }

    @Test
    void identityCredentialsWhenTagInvalidOrDurationAboveTheRoleMaximumThenStsErrors()
            throws Exception {
        String name = role(WebIdentityRoles.trustingIdentityPool(poolId, "authenticated", true));
        String identityId = "us-east-1:" + UUID.randomUUID();

        HttpResponse<String> badTag =
                InternalCalls.signed(
                        AwsClients.root(),
                        internal,
                        body(name, identityId, Map.of("team", "a\u0000b"), 3600));
        HttpResponse<String> tooLong =
                InternalCalls.signed(
                        AwsClients.root(), internal, body(name, identityId, Map.of(), 7200));
        HttpResponse<String> outOfRange =
                InternalCalls.signed(
                        AwsClients.root(), internal, body(name, identityId, Map.of(), 60));

        assertRefused(badTag, 403, "IDPRejectedClaim");
        assertRefused(tooLong, 400, "ValidationError");
        assertThat(tooLong.body()).contains("MaxSessionDuration");
        assertRefused(outOfRange, 400, "ValidationError");
        assertThat(events(arn(name)))
                .anySatisfy(e -> assertThat(e).contains("WEB_IDENTITY_TOKEN_REFUSED"))
                .anySatisfy(e -> assertThat(e).contains("DURATION_EXCEEDS_ROLE_MAXIMUM"));
    }

    @Test
    void identityCredentialsWhenUnsignedWronglySignedTamperedOrTemporaryKeysThenRefused()
            throws Exception {
        String name = role(WebIdentityRoles.trustingIdentityPool(poolId, "authenticated", false));
        String body = body(name, "us-east-1:" + UUID.randomUUID(), Map.of(), 3600);
        var root = AwsClients.root();
        JsonNode issued = JSON.readTree(InternalCalls.signed(root, internal, body).body());

        assertRefused(InternalCalls.unsigned(internal, body), 403, "MissingAuthenticationToken");
        assertRefused(
                InternalCalls.signed(
                        AwsBasicCredentials.create(root.accessKeyId(), "not-the-root-secret"),
                        internal,
                        body),
                403,
                "SignatureDoesNotMatch");
        assertRefused(
                InternalCalls.signed(
                        root, internal, body, b -> b.replace("authenticated", "unauthenticated")),
                403,
                "SignatureDoesNotMatch");
        assertRefused(
                InternalCalls.signed(
                        AwsBasicCredentials.create("AKIAUNKNOWNKEY000001", "whatever"),
                        internal,
                        body),
                403,
                "InvalidClientTokenId");
        assertRefused(
                InternalCalls.signed(session(issued), internal, body), 403, "InvalidClientTokenId");
        assertThat(events(arn(name))).hasSize(1);
    }

    private static void assertRefused(HttpResponse<String> reply, int status, String code)
            throws Exception {
        assertThat(reply.statusCode()).isEqualTo(status);
        assertThat(JSON.readTree(reply.body()).path("__type").asText()).isEqualTo(code);
    }

    private String body(String roleName, String identityId, Map<String, String> tags, int s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RoleArn", arn(roleName));
        body.put("IdentityPoolId", poolId);
        body.put("IdentityId", identityId);
        body.put("Amr", List.of("authenticated", "cognito-idp.us-east-1.amazonaws.com/pool"));
        body.put("PrincipalTags", tags);
        body.put("DurationSeconds", s);
        return InternalCalls.json(body);
    }

    private static AwsSessionCredentials session(JsonNode credentials) {
        return AwsSessionCredentials.create(
                credentials.path("AccessKeyId").asText(),
                credentials.path("SecretAccessKey").asText(),
                credentials.path("SessionToken").asText());
    }

    private String role(String trustPolicy) {
        String name = "idc-" + UUID.randomUUID().toString().substring(0, 12);
        iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(trustPolicy));
        return name;
    }

    private static String arn(String name) {
        return "arn:aws:iam::000000000000:role/" + name;
    }

    /** The outbox events keyed by this role ARN; written before the reply, so no waiting. */
    private List<String> events(String roleArn) {
        List<String> payloads = new ArrayList<>();
        for (Row row :
                pool.preparedQuery(
                                "SELECT payload::text FROM credential_broker.outbox"
                                        + " WHERE message_key = $1")
                        .execute(Tuple.of(roleArn))
                        .await()
                        .atMost(Duration.ofSeconds(10))) {
            payloads.add(row.getString(0));
        }
        return payloads;
    }
}
