package io.cognate.identitypool.identitypool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.identitypool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;
import software.amazon.awssdk.services.cognitoidentity.model.RulesConfigurationType;

/**
 * Set/GetIdentityPoolRoles, Set/GetPrincipalTagAttributeMap and the tagging operations through the
 * real AWS SDK for Java v2.
 */
@QuarkusTest
class PoolRolesAndTagsQuarkusTest {

    static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Roles1234";
    static final String AUTH_ROLE = "arn:aws:iam::000000000000:role/Cognito_Auth";
    static final String UNAUTH_ROLE = "arn:aws:iam::000000000000:role/Cognito_Unauth";
    static final String ADMIN_ROLE = "arn:aws:iam::000000000000:role/admins";

    @TestHTTPResource("/")
    URI endpoint;

    private CognitoIdentityClient cognito;
    private String poolId;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
        poolId =
                cognito.createIdentityPool(
                                r ->
                                        r.identityPoolName("roles")
                                                .allowUnauthenticatedIdentities(true)
                                                .developerProviderName("login.roles")
                                                .supportedLoginProviders(
                                                        Map.of("graph.facebook.com", "12345"))
                                                .cognitoIdentityProviders(
                                                        CognitoIdentityProvider.builder()
                                                                .providerName(USER_POOL)
                                                                .clientId("app1")
                                                                .build())
                                                .identityPoolTags(Map.of("team", "id")))
                        .identityPoolId();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void setRolesWhenMappingsForConfiguredProvidersThenReturnedByGet() {
        RoleMapping rules =
                RoleMapping.builder()
                        .type(RoleMappingType.RULES)
                        .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
                        .rulesConfiguration(
                                RulesConfigurationType.builder()
                                        .rules(
                                                MappingRule.builder()
                                                        .claim("cognito:groups")
                                                        .matchType(MappingRuleMatchType.CONTAINS)
                                                        .value("admins")
                                                        .roleARN(ADMIN_ROLE)
                                                        .build())
                                        .build())
                        .build();
        RoleMapping token =
                RoleMapping.builder()
                        .type(RoleMappingType.TOKEN)
                        .ambiguousRoleResolution(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE)
                        .build();

        cognito.setIdentityPoolRoles(
                r ->
                        r.identityPoolId(poolId)
                                .roles(
                                        Map.of(
                                                "authenticated",
                                                AUTH_ROLE,
                                                "unauthenticated",
                                                UNAUTH_ROLE))
                                .roleMappings(
                                        Map.of(
                                                USER_POOL + ":app1",
                                                rules,
                                                "graph.facebook.com",
                                                token)));

        var roles = cognito.getIdentityPoolRoles(r -> r.identityPoolId(poolId));
        assertThat(roles.identityPoolId()).isEqualTo(poolId);
        assertThat(roles.roles())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("authenticated", AUTH_ROLE, "unauthenticated", UNAUTH_ROLE));
        assertThat(roles.roleMappings())
                .containsOnlyKeys(USER_POOL + ":app1", "graph.facebook.com");
        assertThat(roles.roleMappings().get(USER_POOL + ":app1")).isEqualTo(rules);
        assertThat(roles.roleMappings().get("graph.facebook.com")).isEqualTo(token);
    }

    @Test
    void getRolesWhenNeverSetThenEmpty() {
        var roles = cognito.getIdentityPoolRoles(r -> r.identityPoolId(poolId));

        assertThat(roles.roles()).isEmpty();
        assertThat(roles.roleMappings()).isEmpty();
    }

    @Test
    void setRolesWhenMappingKeyNotConfiguredThenInvalidParameter() {
        RoleMapping token =
                RoleMapping.builder()
                        .type(RoleMappingType.TOKEN)
                        .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
                        .build();

        // A user pool is mapped by provider and app client, never by provider alone.
        assertThatThrownBy(
                        () ->
                                cognito.setIdentityPoolRoles(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .roles(Map.of("authenticated", AUTH_ROLE))
                                                        .roleMappings(Map.of(USER_POOL, token))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("not configured");
        assertThatThrownBy(
                        () ->
                                cognito.setIdentityPoolRoles(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .roles(Map.of("authenticated", AUTH_ROLE))
                                                        .roleMappings(
                                                                Map.of(
                                                                        "accounts.google.com",
                                                                        token))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void setRolesWhenMappingIncompleteOrArnInvalidThenInvalidParameter() {
        RoleMapping noResolution = RoleMapping.builder().type(RoleMappingType.TOKEN).build();
        RoleMapping rulesWithoutRules =
                RoleMapping.builder()
                        .type(RoleMappingType.RULES)
                        .ambiguousRoleResolution(AmbiguousRoleResolutionType.DENY)
                        .build();

        assertThatThrownBy(
                        () ->
                                cognito.setIdentityPoolRoles(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .roles(Map.of())
                                                        .roleMappings(
                                                                Map.of(
                                                                        "graph.facebook.com",
                                                                        noResolution))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("AmbiguousRoleResolution");
        assertThatThrownBy(
                        () ->
                                cognito.setIdentityPoolRoles(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .roles(Map.of())
                                                        .roleMappings(
                                                                Map.of(
                                                                        "graph.facebook.com",
                                                                        rulesWithoutRules))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("RulesConfiguration");
        assertThatThrownBy(
                        () ->
                                cognito.setIdentityPoolRoles(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .roles(
                                                                Map.of(
                                                                        "authenticated",
                                                                        "arn:aws:s3:::not-a-role-bucket"))))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(
                        () ->
                                cognito.setIdentityPoolRoles(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .roles(Map.of("superuser", AUTH_ROLE))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void rolesWhenPoolUnknownThenResourceNotFound() {
        String unknown = "us-east-1:00000000-0000-0000-0000-00000000000f";

        assertThatThrownBy(
                        () ->
                                cognito.setIdentityPoolRoles(
                                        r -> r.identityPoolId(unknown).roles(Map.of())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> cognito.getIdentityPoolRoles(r -> r.identityPoolId(unknown)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void principalTagMapWhenCustomThenStoredAndReturned() {
        var set =
                cognito.setPrincipalTagAttributeMap(
                        r ->
                                r.identityPoolId(poolId)
                                        .identityProviderName(USER_POOL)
                                        .useDefaults(false)
                                        .principalTags(Map.of("department", "custom:dept")));

        assertThat(set.principalTags())
                .containsExactlyEntriesOf(Map.of("department", "custom:dept"));
        var got =
                cognito.getPrincipalTagAttributeMap(
                        r -> r.identityPoolId(poolId).identityProviderName(USER_POOL));
        assertThat(got.useDefaults()).isFalse();
        assertThat(got.identityProviderName()).isEqualTo(USER_POOL);
        assertThat(got.principalTags())
                .containsExactlyEntriesOf(Map.of("department", "custom:dept"));
    }

    @Test
    void principalTagMapWhenDefaultsThenUsernameAndClientTags() {
        cognito.setPrincipalTagAttributeMap(
                r ->
                        r.identityPoolId(poolId)
                                .identityProviderName("login.roles")
                                .useDefaults(true));

        var got =
                cognito.getPrincipalTagAttributeMap(
                        r -> r.identityPoolId(poolId).identityProviderName("login.roles"));
        assertThat(got.useDefaults()).isTrue();
        assertThat(got.principalTags()).containsOnlyKeys("username", "client");
    }

    @Test
    void principalTagMapWhenNeverSetThenNothingMapped() {
        var got =
                cognito.getPrincipalTagAttributeMap(
                        r -> r.identityPoolId(poolId).identityProviderName("graph.facebook.com"));

        assertThat(got.useDefaults()).isFalse();
        assertThat(got.principalTags()).isEmpty();
    }

    @Test
    void principalTagMapWhenProviderNotConfiguredThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.setPrincipalTagAttributeMap(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .identityProviderName("accounts.google.com")
                                                        .useDefaults(true)))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(
                        () ->
                                cognito.getPrincipalTagAttributeMap(
                                        r ->
                                                r.identityPoolId(
                                                                "us-east-1:00000000-0000-0000-0000-0000000000aa")
                                                        .identityProviderName(USER_POOL)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void tagsWhenAddedAndRemovedThenListedAndDescribed() {
        String arn = "arn:aws:cognito-identity:us-east-1:000000000000:identitypool/" + poolId;

        cognito.tagResource(
                r -> r.resourceArn(arn).tags(Map.of("env", "test", "team", "platform")));
        cognito.untagResource(r -> r.resourceArn(arn).tagKeys("env", "never-set"));

        assertThat(cognito.listTagsForResource(r -> r.resourceArn(arn)).tags())
                .containsExactlyEntriesOf(Map.of("team", "platform"));
        assertThat(cognito.describeIdentityPool(r -> r.identityPoolId(poolId)).identityPoolTags())
                .containsExactlyEntriesOf(Map.of("team", "platform"));
    }

    @Test
    void tagsWhenArnOfOtherAccountOrReservedKeyThenRefused() {
        String arn = "arn:aws:cognito-identity:us-east-1:000000000000:identitypool/" + poolId;
        String otherAccount = arn.replace(":000000000000:", ":111111111111:");

        assertThatThrownBy(() -> cognito.listTagsForResource(r -> r.resourceArn(otherAccount)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(
                        () ->
                                cognito.tagResource(
                                        r -> r.resourceArn(otherAccount).tags(Map.of("a", "b"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(
                        () -> cognito.untagResource(r -> r.resourceArn(otherAccount).tagKeys("a")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(
                        () ->
                                cognito.tagResource(
                                        r -> r.resourceArn(arn).tags(Map.of("aws:x", "y"))))
                .isInstanceOf(InvalidParameterException.class);
    }
}
