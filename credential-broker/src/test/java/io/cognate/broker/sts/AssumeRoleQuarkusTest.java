package io.cognate.broker.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.broker.testing.AwsClients;
import io.cognate.broker.testing.TrustPolicies;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.sts.model.StsException;
import software.amazon.awssdk.services.sts.model.Tag;

/**
 * AssumeRole end to end with the real SDK: the root signs, the broker checks the trust policy,
 * mints credentials, and the SDK signs with those credentials (session token included) to learn who
 * it is. Every decision lands in the outbox, never with a secret.
 */
@QuarkusTest
class AssumeRoleQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject Pool pool;

    private IamClient iam;
    private StsClient sts;

    @BeforeEach
    void clients() {
        iam = AwsClients.iam(endpoint, AwsClients.root());
        sts = AwsClients.sts(endpoint, AwsClients.root());
    }

    @AfterEach
    void close() {
        iam.close();
        sts.close();
    }

    @Test
    void assumeRoleWhenTrustedThenCredentialsSignGetCallerIdentityAsTheAssumedRole() {
        String name = role(TrustPolicies.trustingAccount("sts:AssumeRole", "sts:TagSession"));
        String roleId = iam.getRole(r -> r.roleName(name)).role().roleId();

        AssumeRoleResponse assumed =
                sts.assumeRole(
                        r ->
                                r.roleArn(arn(name))
                                        .roleSessionName("alice@example.com")
                                        .durationSeconds(900)
                                        .externalId("ignored-external-id")
                                        .tags(Tag.builder().key("team").value("blue").build()));

        assertThat(assumed.credentials().accessKeyId()).matches("ASIA[A-Z0-9]{16}");
        assertThat(assumed.credentials().secretAccessKey()).hasSize(40);
        assertThat(assumed.credentials().sessionToken()).isNotBlank();
        assertThat(assumed.credentials().expiration())
                .isBetween(Instant.now().plusSeconds(800), Instant.now().plusSeconds(901));
        String sessionArn = "arn:aws:sts::000000000000:assumed-role/" + name + "/alice@example.com";
        assertThat(assumed.assumedRoleUser().arn()).isEqualTo(sessionArn);
        assertThat(assumed.assumedRoleUser().assumedRoleId())
                .isEqualTo(roleId + ":alice@example.com");
        try (StsClient asRole =
                AwsClients.sts(endpoint, AwsClients.session(assumed.credentials()))) {
            GetCallerIdentityResponse identity = asRole.getCallerIdentity();
            assertThat(identity.arn()).isEqualTo(sessionArn);
            assertThat(identity.userId()).isEqualTo(roleId + ":alice@example.com");
            assertThat(identity.account()).isEqualTo("000000000000");
        }
    }

    @Test
    void assumeRoleWhenIssuedThenCredentialsIssuedEventCarriesNoSecret() {
        String name = role(TrustPolicies.trustingAccount());

        AssumeRoleResponse assumed =
                sts.assumeRole(r -> r.roleArn(arn(name)).roleSessionName("events"));

        String payload = onlyEvent(arn(name));
        assertThat(payload)
                .contains("cognate.credentials.CredentialsIssued")
                .contains(assumed.credentials().accessKeyId())
                .contains("assumed-role/" + name + "/events")
                .doesNotContain(assumed.credentials().secretAccessKey())
                .doesNotContain(assumed.credentials().sessionToken());
    }

    @Test
    void assumeRoleWhenTrustPolicyNamesAnotherAccountThenAccessDeniedAndDeniedEvent() {
        String name = role(TrustPolicies.trustingOtherAccount());

        assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn(arn(name)).roleSessionName("x1")))
                .isInstanceOf(StsException.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo("AccessDenied"))
                .satisfies(e -> assertThat(((StsException) e).statusCode()).isEqualTo(403))
                .hasMessageContaining("is not authorized to perform: sts:AssumeRole");
        assertThat(onlyEvent(arn(name)))
                .contains("cognate.credentials.CredentialsDenied")
                .contains("TRUST_POLICY_DENIED");
    }

    @Test
    void assumeRoleWhenRoleDoesNotExistThenAccessDeniedAndDeniedEvent() {
        String missing = arn("ghost-" + UUID.randomUUID());

        assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn(missing).roleSessionName("x1")))
                .isInstanceOf(StsException.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo("AccessDenied"));
        assertThat(onlyEvent(missing)).contains("ROLE_NOT_FOUND");
    }

    @Test
    void assumeRoleWhenDurationExceedsTheRoleMaximumThenValidationError() {
        String name = role(TrustPolicies.trustingAccount());

        assertThatThrownBy(
                        () ->
                                sts.assumeRole(
                                        r ->
                                                r.roleArn(arn(name))
                                                        .roleSessionName("long")
                                                        .durationSeconds(7200)))
                .isInstanceOf(StsException.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo("ValidationError"))
                .hasMessageContaining("exceeds the MaxSessionDuration");
        assertThat(onlyEvent(arn(name))).contains("DURATION_EXCEEDS_ROLE_MAXIMUM");
    }

    @Test
    void assumeRoleWhenTagsPassedButTrustLacksTagSessionThenAccessDenied() {
        String name = role(TrustPolicies.trustingAccount());

        assertThatThrownBy(
                        () ->
                                sts.assumeRole(
                                        r ->
                                                r.roleArn(arn(name))
                                                        .roleSessionName("tagged")
                                                        .tags(
                                                                Tag.builder()
                                                                        .key("k")
                                                                        .value("v")
                                                                        .build())))
                .isInstanceOf(StsException.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo("AccessDenied"));
    }

    @Test
    void assumeRoleWhenSessionPolicyMalformedOrArnInvalidThenRefused() {
        String name = role(TrustPolicies.trustingAccount());

        assertThatThrownBy(
                        () ->
                                sts.assumeRole(
                                        r ->
                                                r.roleArn(arn(name))
                                                        .roleSessionName("scoped")
                                                        .policy("{\"Statement\": 42}")))
                .isInstanceOf(MalformedPolicyDocumentException.class);
        assertThatThrownBy(
                        () ->
                                sts.assumeRole(
                                        r ->
                                                r.roleArn("arn:aws:s3:::not-a-role-arn")
                                                        .roleSessionName("bad")))
                .isInstanceOf(StsException.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo("ValidationError"));
    }

    @Test
    void temporaryCredentialsWhenRoleHasNoPoliciesThenAdminCallsAndChainingAccessDenied() {
        String name = role(TrustPolicies.trustingAccount());
        AssumeRoleResponse assumed =
                sts.assumeRole(r -> r.roleArn(arn(name)).roleSessionName("chain"));

        try (IamClient asRole =
                        AwsClients.iam(endpoint, AwsClients.session(assumed.credentials()));
                StsClient stsAsRole =
                        AwsClients.sts(endpoint, AwsClients.session(assumed.credentials()))) {
            assertThatThrownBy(asRole::listRoles)
                    .isInstanceOf(IamException.class)
                    .satisfies(
                            e ->
                                    assertThat(((IamException) e).awsErrorDetails().errorCode())
                                            .isEqualTo("AccessDenied"));
            assertThatThrownBy(
                            () ->
                                    stsAsRole.assumeRole(
                                            r -> r.roleArn(arn(name)).roleSessionName("again")))
                    .isInstanceOf(StsException.class)
                    .satisfies(e -> assertThat(code(e)).isEqualTo("AccessDenied"));
        }
    }

    private String role(String trustPolicy) {
        String name = "assume-" + UUID.randomUUID().toString().substring(0, 12);
        iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(trustPolicy));
        return name;
    }

    private static String arn(String name) {
        return "arn:aws:iam::000000000000:role/" + name;
    }

    private static String code(Throwable e) {
        return ((StsException) e).awsErrorDetails().errorCode();
    }

    /** The one outbox event keyed by this role ARN; written before the reply, so no waiting. */
    private String onlyEvent(String roleArn) {
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
        assertThat(payloads).hasSize(1);
        return payloads.get(0);
    }
}
