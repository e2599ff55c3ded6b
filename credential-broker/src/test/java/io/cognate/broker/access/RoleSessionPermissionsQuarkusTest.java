package io.cognate.broker.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.broker.testing.AwsClients;
import io.cognate.broker.testing.TrustPolicies;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.StsException;
import software.amazon.awssdk.services.sts.model.Tag;

/**
 * Role sessions act with their role's inline policies, narrowed by their session policy, through
 * the real IAM and STS SDK clients; trust policies are judged by the policy engine with the
 * caller's condition keys.
 */
@QuarkusTest
class RoleSessionPermissionsQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

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
    void iamCallWhenRolePolicyAllowsItThenSessionMayAndOtherActionsAreDenied() {
        String name = role(TrustPolicies.trustingAccount());
        allow(name, "iam:ListRoles", "iam:GetRole");

        try (IamClient asRole = iamAs(assume(name, null))) {
            assertThat(asRole.listRoles().roles()).isNotEmpty();
            assertThat(asRole.getRole(r -> r.roleName(name)).role().roleName()).isEqualTo(name);
            assertThatThrownBy(() -> asRole.deleteRole(r -> r.roleName(name)))
                    .isInstanceOf(IamException.class)
                    .satisfies(e -> assertThat(iamCode(e)).isEqualTo("AccessDenied"))
                    .hasMessageContaining("is not authorized to perform: iam:DeleteRole");
        }
    }

    @Test
    void iamCallWhenSessionPolicyNarrowsTheRoleThenOnlyTheIntersectionIsAllowed() {
        String name = role(TrustPolicies.trustingAccount());
        allow(name, "iam:ListRoles", "iam:GetRole");
        String onlyGetRole =
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                        + "\"Action\":[\"iam:GetRole\",\"iam:CreateRole\"],\"Resource\":\"*\"}}";

        try (IamClient asRole = iamAs(assume(name, onlyGetRole))) {
            assertThat(asRole.getRole(r -> r.roleName(name)).role().roleName()).isEqualTo(name);
            assertThatThrownBy(asRole::listRoles)
                    .satisfies(e -> assertThat(iamCode(e)).isEqualTo("AccessDenied"));
            assertThatThrownBy(
                            () ->
                                    asRole.createRole(
                                            r ->
                                                    r.roleName(name + "-x")
                                                            .assumeRolePolicyDocument(
                                                                    TrustPolicies
                                                                            .trustingAccount())))
                    .satisfies(e -> assertThat(iamCode(e)).isEqualTo("AccessDenied"));
        }
    }

    @Test
    void iamCallWhenAnotherRolePolicyExplicitlyDeniesThenDeniedDespiteTheAllow() {
        String name = role(TrustPolicies.trustingAccount());
        allow(name, "iam:*");
        iam.putRolePolicy(
                r ->
                        r.roleName(name)
                                .policyName("deny-listing")
                                .policyDocument(
                                        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":"
                                                + "\"Deny\",\"Action\":\"iam:List*\","
                                                + "\"Resource\":\"*\"}}"));

        try (IamClient asRole = iamAs(assume(name, null))) {
            assertThatThrownBy(asRole::listRoles)
                    .satisfies(e -> assertThat(iamCode(e)).isEqualTo("AccessDenied"));
            assertThat(asRole.getRole(r -> r.roleName(name)).role().roleName()).isEqualTo(name);
        }
    }

    @Test
    void assumeRoleWhenChainedAndTargetTrustsTheCallingRoleWithItsTagThenAllowed() {
        String first = role(TrustPolicies.trustingAccount("sts:AssumeRole", "sts:TagSession"));
        allow(first, "sts:AssumeRole");
        String firstArn = arn(first);
        String second =
                role(
                        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                                + "\"Principal\":{\"AWS\":\""
                                + firstArn
                                + "\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{"
                                + "\"StringEquals\":{\"aws:PrincipalTag/team\":\"blue\"}}}}");
        Credentials blue =
                sts.assumeRole(
                                r ->
                                        r.roleArn(firstArn)
                                                .roleSessionName("blue")
                                                .tags(
                                                        Tag.builder()
                                                                .key("team")
                                                                .value("blue")
                                                                .build()))
                        .credentials();
        Credentials untagged = assume(first, null);

        try (StsClient asBlue = AwsClients.sts(endpoint, AwsClients.session(blue));
                StsClient asUntagged = AwsClients.sts(endpoint, AwsClients.session(untagged))) {
            assertThat(
                            asBlue.assumeRole(r -> r.roleArn(arn(second)).roleSessionName("next"))
                                    .assumedRoleUser()
                                    .arn())
                    .endsWith(":assumed-role/" + second + "/next");
            assertThatThrownBy(
                            () ->
                                    asUntagged.assumeRole(
                                            r -> r.roleArn(arn(second)).roleSessionName("next")))
                    .isInstanceOf(StsException.class)
                    .satisfies(
                            e ->
                                    assertThat(((StsException) e).awsErrorDetails().errorCode())
                                            .isEqualTo("AccessDenied"));
        }
    }

    @Test
    void assumeRoleWhenTrustPolicyRequiresAnExternalIdThenOnlyThatIdPasses() {
        String name =
                role(
                        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
                                + "\"Principal\":{\"AWS\":\"000000000000\"},\"Action\":"
                                + "\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":"
                                + "{\"sts:ExternalId\":\"partner-42\"}}}}");

        assertThat(
                        sts.assumeRole(
                                        r ->
                                                r.roleArn(arn(name))
                                                        .roleSessionName("ok")
                                                        .externalId("partner-42"))
                                .credentials()
                                .accessKeyId())
                .startsWith("ASIA");
        assertThatThrownBy(
                        () ->
                                sts.assumeRole(
                                        r ->
                                                r.roleArn(arn(name))
                                                        .roleSessionName("no")
                                                        .externalId("partner-43")))
                .isInstanceOf(StsException.class)
                .hasMessageContaining("is not authorized to perform: sts:AssumeRole");
    }

    private Credentials assume(String name, String sessionPolicy) {
        return sts.assumeRole(
                        r -> r.roleArn(arn(name)).roleSessionName("perm").policy(sessionPolicy))
                .credentials();
    }

    private IamClient iamAs(Credentials credentials) {
        return AwsClients.iam(endpoint, AwsClients.session(credentials));
    }

    private void allow(String roleName, String... actions) {
        iam.putRolePolicy(
                r ->
                        r.roleName(roleName)
                                .policyName("allow")
                                .policyDocument(
                                        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":"
                                                + "\"Allow\",\"Action\":[\""
                                                + String.join("\",\"", actions)
                                                + "\"],\"Resource\":\"*\"}}"));
    }

    private String role(String trustPolicy) {
        String name = "perm-" + UUID.randomUUID().toString().substring(0, 12);
        iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(trustPolicy));
        return name;
    }

    private static String arn(String name) {
        return "arn:aws:iam::000000000000:role/" + name;
    }

    private static String iamCode(Throwable e) {
        assertThat(e).isInstanceOf(IamException.class);
        return ((IamException) e).awsErrorDetails().errorCode();
    }
}
