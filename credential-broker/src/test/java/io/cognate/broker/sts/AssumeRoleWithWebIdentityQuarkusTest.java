package io.cognate.broker.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.broker.testing.AwsClients;
import io.cognate.broker.testing.TestTokens;
import io.cognate.broker.testing.WebIdentityIssuers;
import io.cognate.broker.testing.WebIdentityRoles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleWithWebIdentityCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * AssumeRoleWithWebIdentity through the real SDK, with tokens signed by the test issuers' keys and
 * verified by the broker against the JWKS it fetches: trust policies decide on the token's aud and
 * amr, tags become session tags, and every decision is an event without secrets.
 */
@QuarkusTest
class AssumeRoleWithWebIdentityQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject Pool pool;

    private IamClient iam;
    private StsClient sts;

    @BeforeEach
    void clients() {
        iam = AwsClients.iam(endpoint, AwsClients.root());
        sts = AwsClients.anonymousSts(endpoint);
    }

    @AfterEach
    void close() {
        iam.close();
        sts.close();
    }

    @Test
    void assumeRoleWithWebIdentityWhenPoolTokenTrustedThenCredentialsThatSignAsTheRole() {
        String name =
                role(
                        WebIdentityRoles.trustingIdentityPool(
                                TestTokens.POOL_ID, "authenticated", false));
        TestTokens token = TestTokens.identityPool();

        AssumeRoleWithWebIdentityResponse assumed =
                sts.assumeRoleWithWebIdentity(
                        r ->
                                r.roleArn(arn(name))
                                        .roleSessionName("CognitoIdentityCredentials")
                                        .webIdentityToken(token.sign())
                                        .durationSeconds(900));

        assertThat(assumed.credentials().accessKeyId()).matches("ASIA[A-Z0-9]{16}");
        assertThat(assumed.credentials().expiration())
                .isBetween(Instant.now().plusSeconds(800), Instant.now().plusSeconds(901));
        assertThat(assumed.subjectFromWebIdentityToken()).isEqualTo(token.subject());
        assertThat(assumed.audience()).isEqualTo(TestTokens.POOL_ID);
        assertThat(assumed.provider()).isEqualTo("cognito-identity.amazonaws.com");
        assertThat(assumed.packedPolicySize()).isNull();
        String sessionArn =
                "arn:aws:sts::000000000000:assumed-role/" + name + "/CognitoIdentityCredentials";
        assertThat(assumed.assumedRoleUser().arn()).isEqualTo(sessionArn);
        try (StsClient asRole =
                AwsClients.sts(endpoint, AwsClients.session(assumed.credentials()))) {
            assertThat(asRole.getCallerIdentity().arn()).isEqualTo(sessionArn);
        }
    }

    @Test
    void credentialsProviderWhenTokenTrustedThenSdkClientsSignWithTheRoleCredentials() {
        String name =
                role(
                        WebIdentityRoles.trustingIdentityPool(
                                TestTokens.POOL_ID, "authenticated", false));
        String token = TestTokens.identityPool().sign();

        try (var provider =
                        StsAssumeRoleWithWebIdentityCredentialsProvider.builder()
                                .stsClient(sts)
                                .refreshRequest(
                                        AssumeRoleWithWebIdentityRequest.builder()
                                                .roleArn(arn(name))
                                                .roleSessionName("provider")
                                                .webIdentityToken(token)
                                                .build())
                                .build();
                StsClient asRole =
                        StsClient.builder()
                                .endpointOverride(endpoint)
                                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                                .credentialsProvider(provider)
                                .httpClient(
                                        software.amazon.awssdk.http.urlconnection
                                                .UrlConnectionHttpClient.create())
                                .build()) {
            assertThat(asRole.getCallerIdentity().arn())
                    .isEqualTo("arn:aws:sts::000000000000:assumed-role/" + name + "/provider");
        }
    }

    @Test
    void assumeRoleWithWebIdentityWhenAudienceOrAmrDoNotMatchTheTrustPolicyThenAccessDenied() {
        String authenticatedOnly =
                role(
                        WebIdentityRoles.trustingIdentityPool(
                                TestTokens.POOL_ID, "authenticated", false));
        String otherPool =
                role(WebIdentityRoles.trustingIdentityPool("us-east-1:other-pool", "*", false));
        String guest = TestTokens.identityPool().claim("amr", List.of("unauthenticated")).sign();

        assertAccessDenied(authenticatedOnly, guest);
        assertAccessDenied(otherPool, TestTokens.identityPool().sign());
        assertThat(events(arn(otherPool)))
                .singleElement()
                .asString()
                .contains("CredentialsDenied")
                .contains("TRUST_POLICY_DENIED");
    }

    @Test
    void
            assumeRoleWithWebIdentityWhenTokenCarriesTagsThenTagSessionIsRequiredAndTagsAreSessionTags() {
        String tagging =
                role(
                        WebIdentityRoles.trustingIdentityPool(
                                TestTokens.POOL_ID, "authenticated", true));
        String notTagging =
                role(
                        WebIdentityRoles.trustingIdentityPool(
                                TestTokens.POOL_ID, "authenticated", false));
        String token =
                TestTokens.identityPool()
                        .tags(Map.of("department", "sales"), List.of("department"))
                        .sign();

        AssumeRoleWithWebIdentityResponse assumed =
                sts.assumeRoleWithWebIdentity(
                        r ->
                                r.roleArn(arn(tagging))
                                        .roleSessionName("tagged")
                                        .webIdentityToken(token));

        assertThat(assumed.packedPolicySize()).isBetween(1, 100);
        assertThat(events(arn(tagging)))
                .singleElement()
                .asString()
                .contains("CredentialsIssued")
                .contains("\"sessionTags\": {\"department\": \"sales\"}")
                .doesNotContain(assumed.credentials().secretAccessKey())
                .doesNotContain(assumed.credentials().sessionToken());
        assertAccessDenied(notTagging, token);
    }

    @Test
    void assumeRoleWithWebIdentityWhenOidcProviderTokenForItsClientThenProviderIsTheIssuer() {
        String name = role(WebIdentityRoles.trustingOidcProvider());

        AssumeRoleWithWebIdentityResponse assumed =
                sts.assumeRoleWithWebIdentity(
                        r ->
                                r.roleArn(arn(name))
                                        .roleSessionName("oidc")
                                        .webIdentityToken(TestTokens.oidc().sign()));

        assertThat(assumed.provider()).isEqualTo(WebIdentityIssuers.OIDC_ISSUER);
        assertThat(assumed.audience()).isEqualTo(WebIdentityIssuers.OIDC_CLIENT_ID);
        assertThatThrownBy(
                        () ->
                                sts.assumeRoleWithWebIdentity(
                                        r ->
                                                r.roleArn(arn(name))
                                                        .roleSessionName("oidc")
                                                        .webIdentityToken(
                                                                TestTokens.oidc()
                                                                        .claim(
                                                                                "aud",
                                                                                "other-client")
                                                                        .sign())))
                .isInstanceOf(
                        software.amazon.awssdk.services.sts.model.InvalidIdentityTokenException
                                .class)
                .hasMessageContaining("Incorrect token audience");
    }

    @Test
    void
            assumeRoleWithWebIdentityWhenDurationAboveTheRoleMaximumOrSessionPolicyMalformedThenRefused() {
        String name =
                role(
                        WebIdentityRoles.trustingIdentityPool(
                                TestTokens.POOL_ID, "authenticated", false));
        String token = TestTokens.identityPool().sign();

        assertThatThrownBy(
                        () ->
                                sts.assumeRoleWithWebIdentity(
                                        r ->
                                                r.roleArn(arn(name))
                                                        .roleSessionName("long")
                                                        .webIdentityToken(token)
                                                        .durationSeconds(7200)))
                .isInstanceOf(StsException.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo("ValidationError"))
                .hasMessageContaining("MaxSessionDuration");
        assertThatThrownBy(
                        () ->
                                sts.assumeRoleWithWebIdentity(
                                        r ->
                                                r.roleArn(arn(name))
                                                        .roleSessionName("scoped")
                                                        .webIdentityToken(token)
                                                        .policy("{\"Statement\":[]}")))
                .isInstanceOf(
                        software.amazon.awssdk.services.sts.model.MalformedPolicyDocumentException
                                .class);
    }

    @Test
    void assumeRoleWithWebIdentityWhenTagsClaimMalformedThenIdpRejectedClaim() {
        String name =
                role(
                        WebIdentityRoles.trustingIdentityPool(
                                TestTokens.POOL_ID, "authenticated", true));
        String token =
                TestTokens.identityPool()
                        .claim(
                                "https://aws.amazon.com/tags",
                                Map.of("principal_tags", Map.of("team", List.of("a", "b"))))
                        .sign();

        assertThatThrownBy(
                        () ->
                                sts.assumeRoleWithWebIdentity(
                                        r ->
                                                r.roleArn(arn(name))
                                                        .roleSessionName("x1")
                                                        .webIdentityToken(token)))
                .isInstanceOf(
                        software.amazon.awssdk.services.sts.model.IdpRejectedClaimException.class)
                .satisfies(e -> assertThat(((StsException) e).statusCode()).isEqualTo(403));
    }

    private void assertAccessDenied(String roleName, String token) {
        assertThatThrownBy(
                        () ->
                                sts.assumeRoleWithWebIdentity(
                                        r ->
                                                r.roleArn(arn(roleName))
                                                        .roleSessionName("denied")
                                                        .webIdentityToken(token)))
                .isInstanceOf(StsException.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo("AccessDenied"))
                .satisfies(e -> assertThat(((StsException) e).statusCode()).isEqualTo(403))
                .hasMessageContaining("Not authorized to perform sts:AssumeRoleWithWebIdentity");
    }

    private String role(String trustPolicy) {
        String name = "web-" + UUID.randomUUID().toString().substring(0, 12);
        iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(trustPolicy));
        return name;
    }

    static String arn(String name) {
        return "arn:aws:iam::000000000000:role/" + name;
    }

    static String code(Throwable e) {
        return ((StsException) e).awsErrorDetails().errorCode();
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
