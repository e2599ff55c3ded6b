package io.cognate.broker.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.broker.testing.AwsClients;
import io.cognate.broker.testing.TrustPolicies;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.GetRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/** Inline role policies through the real AWS SDK v2 {@code IamClient}: stored, listed, guarded. */
@QuarkusTest
class RolePolicyQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    private IamClient iam;

    @BeforeEach
    void client() {
        iam = AwsClients.iam(endpoint, AwsClients.root());
    }

    @AfterEach
    void close() {
        iam.close();
    }

    @Test
    void putRolePolicyWhenValidThenGetReturnsTheDocumentAsSubmitted() {
        String role = role();

        iam.putRolePolicy(
                r ->
                        r.roleName(role)
                                .policyName("read")
                                .policyDocument(TrustPolicies.s3ReadPolicy()));

        GetRolePolicyResponse policy = iam.getRolePolicy(r -> r.roleName(role).policyName("read"));
        assertThat(policy.roleName()).isEqualTo(role);
        assertThat(policy.policyName()).isEqualTo("read");
        assertThat(URLDecoder.decode(policy.policyDocument(), StandardCharsets.UTF_8))
                .isEqualTo(TrustPolicies.s3ReadPolicy());
    }

    @Test
    void putRolePolicyWhenNameExistsThenDocumentReplaced() {
        String role = role();
        String writes = TrustPolicies.s3ReadPolicy().replace("s3:GetObject", "s3:PutObject");
        iam.putRolePolicy(
                r -> r.roleName(role).policyName("p").policyDocument(TrustPolicies.s3ReadPolicy()));

        iam.putRolePolicy(r -> r.roleName(role).policyName("p").policyDocument(writes));

        String stored = iam.getRolePolicy(r -> r.roleName(role).policyName("p")).policyDocument();
        assertThat(URLDecoder.decode(stored, StandardCharsets.UTF_8)).isEqualTo(writes);
        assertThat(iam.listRolePolicies(r -> r.roleName(role)).policyNames()).containsExactly("p");
    }

    @Test
    void putRolePolicyWhenDocumentNamesPrincipalOrLacksResourceThenMalformed() {
        String role = role();

        assertThatThrownBy(
                        () ->
                                iam.putRolePolicy(
                                        r ->
                                                r.roleName(role)
                                                        .policyName("p")
                                                        .policyDocument(
                                                                TrustPolicies.trustingAccount())))
                .isInstanceOf(MalformedPolicyDocumentException.class)
                .hasMessageContaining("should not specify a principal");
        assertThatThrownBy(
                        () ->
                                iam.putRolePolicy(
                                        r ->
                                                r.roleName(role)
                                                        .policyName("p")
                                                        .policyDocument(
                                                                "{\"Version\":\"2012-10-17\","
                                                                        + "\"Statement\":{\"Effect\":"
                                                                        + "\"Allow\",\"Action\":"
                                                                        + "\"s3:GetObject\"}}")))
                .isInstanceOf(MalformedPolicyDocumentException.class)
                .hasMessageContaining("must contain resources");
    }

    @Test
    void putRolePolicyWhenAllPoliciesExceedTheQuotaThenLimitExceeded() {
        String role = role();
        String big = bigPolicy(6000);
        iam.putRolePolicy(r -> r.roleName(role).policyName("one").policyDocument(big));

        assertThatThrownBy(
                        () ->
                                iam.putRolePolicy(
                                        r ->
                                                r.roleName(role)
                                                        .policyName("two")
                                                        .policyDocument(big)))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("10240");
    }

    @Test
    void policyCallsWhenRoleOrPolicyMissingThenNoSuchEntity() {
        String role = role();

        assertThatThrownBy(() -> iam.getRolePolicy(r -> r.roleName(role).policyName("none")))
                .isInstanceOf(NoSuchEntityException.class)
                .hasMessageContaining("The role policy with name none cannot be found.");
        assertThatThrownBy(() -> iam.deleteRolePolicy(r -> r.roleName(role).policyName("none")))
                .isInstanceOf(NoSuchEntityException.class);
        assertThatThrownBy(
                        () ->
                                iam.putRolePolicy(
                                        r ->
                                                r.roleName(role + "-missing")
                                                        .policyName("p")
                                                        .policyDocument(
                                                                TrustPolicies.s3ReadPolicy())))
                .isInstanceOf(NoSuchEntityException.class);
        assertThatThrownBy(() -> iam.listRolePolicies(r -> r.roleName(role + "-missing")))
                .isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void deleteRoleWhenInlinePoliciesRemainThenDeleteConflictUntilTheyAreDeleted() {
        String role = role();
        iam.putRolePolicy(
                r -> r.roleName(role).policyName("p").policyDocument(TrustPolicies.s3ReadPolicy()));

        assertThatThrownBy(() -> iam.deleteRole(r -> r.roleName(role)))
                .isInstanceOf(DeleteConflictException.class)
                .hasMessageContaining("must delete policies first");

        iam.deleteRolePolicy(r -> r.roleName(role).policyName("p"));
        iam.deleteRole(r -> r.roleName(role));
        assertThatThrownBy(() -> iam.getRole(r -> r.roleName(role)))
                .isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void listRolePoliciesWhenMoreThanMaxItemsThenPagedByName() {
        String role = role();
        for (String name : new String[] {"c", "a", "b"}) {
            iam.putRolePolicy(
                    r ->
                            r.roleName(role)
                                    .policyName(name)
                                    .policyDocument(TrustPolicies.s3ReadPolicy()));
        }

        ListRolePoliciesResponse first = iam.listRolePolicies(r -> r.roleName(role).maxItems(2));
        ListRolePoliciesResponse second =
                iam.listRolePolicies(r -> r.roleName(role).maxItems(2).marker(first.marker()));

        assertThat(first.policyNames()).containsExactly("a", "b");
        assertThat(first.isTruncated()).isTrue();
        assertThat(second.policyNames()).containsExactly("c");
        assertThat(second.isTruncated()).isFalse();
    }

    private String role() {
        String name = RoleApiQuarkusTest.unique("policies");
        iam.createRole(
                r -> r.roleName(name).assumeRolePolicyDocument(TrustPolicies.trustingAccount()));
        return name;
    }

    /** A permission policy of roughly {@code size} characters without whitespace. */
    private static String bigPolicy(int size) {
        StringBuilder resources = new StringBuilder();
        int i = 0;
        while (resources.length() < size) {
            resources
                    .append(i == 0 ? "" : ",")
                    .append("\"arn:aws:s3:::bucket/prefix-")
                    .append(i++)
                    .append("\"");
        }
        return "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":["
                + resources
                + "]}}";
    }
}
