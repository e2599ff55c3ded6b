package io.cognate.identitypool.credentials;

import static io.cognate.identitypool.testing.TestTokens.USER_POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import io.cognate.identitypool.testing.CognitoClients;
import io.cognate.identitypool.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.ExternalServiceException;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidIdentityPoolConfigurationException;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;
import software.amazon.awssdk.services.cognitoidentity.model.RulesConfigurationType;

/**
 * GetCredentialsForIdentity through the AWS SDK: role resolution, principal tags and the call to
 * the credential broker's {@code /internal/identity-credentials}. The broker runs in another
 * process, so these tests use the stand-in of {@code testing/}, which (like the broker) accepts
 * only a call signed with the root keys, and reports back the role and identity it received.
 */
@QuarkusTest
class GetCredentialsForIdentityQuarkusTest {

    static final String CLIENT = "web_client";
    static final String MAPPING_KEY = USER_POOL + ":" + CLIENT;
    static final String AUTH = "arn:aws:iam::000000000000:role/authenticated";
    static final String UNAUTH = "arn:aws:iam::000000000000:role/guests";
    static final String ADMINS = "arn:aws:iam::000000000000:role/admins";
    static final String EDITORS = "arn:aws:iam::000000000000:role/editors";
    static final String READERS = "arn:aws:iam::000000000000:role/readers";

    @TestHTTPResource("/")
    URI endpoint;

    private CognitoIdentityClient admin;
    private CognitoIdentityClient app;
    private String poolId;

    @BeforeEach
    void connect() {
        admin = CognitoClients.root(endpoint);
        app = CognitoClients.anonymous(endpoint);
        poolId =
                admin.createIdentityPool(
                                r ->
                                        r.identityPoolName("credentials")
                                                .allowUnauthenticatedIdentities(true)
                                                .cognitoIdentityProviders(
                                                        CognitoIdentityProvider.builder()
                                                                .providerName(USER_POOL)
                                                                .clientId(CLIENT)
                                                                .build()))
                        .identityPoolId();
        roles(Map.of("authenticated", AUTH, "unauthenticated", UNAUTH), null);
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void credentialsWhenGuestThenUnauthenticatedRoleFromTheRootSignedBrokerCall() {
        String identityId = app.getId(r -> r.identityPoolId(poolId)).identityId();

        var response = app.getCredentialsForIdentity(r -> r.identityId(identityId));

        assertThat(response.identityId()).isEqualTo(identityId);
        assertThat(response.credentials().accessKeyId()).startsWith("ASIA");
        assertThat(response.credentials().secretKey()).isNotBlank();
        assertThat(response.credentials().sessionToken()).isNotBlank();
        assertThat(response.credentials().expiration()).isAfter(Instant.now().plusSeconds(3000));
        Map<String, Object> seen = TestTokens.acceptedByBroker(identityId);
        assertThat(seen)
                .containsEntry("RoleArn", UNAUTH)
                .containsEntry("DurationSeconds", 3600)
                .containsEntry("IdentityPoolId", poolId)
                .containsEntry("IdentityId", identityId)
                .containsEntry("Amr", List.of("unauthenticated"))
                .containsEntry("PrincipalTags", Map.of());
    }

    @Test
    void credentialsWhenUserPoolLoginAndNoMappingThenAuthenticatedRoleAndCognitoAmr() {
        String sub = TestTokens.newSub();

        String identityId = credentials(t -> t.subject(sub), null);

        Map<String, Object> seen = TestTokens.acceptedByBroker(identityId);
        assertThat(seen).containsEntry("RoleArn", AUTH).containsEntry("IdentityPoolId", poolId);
        assertThat(TestTokens.list(seen.get("Amr")))
                .containsExactly("authenticated", USER_POOL, USER_POOL + ":CognitoSignIn:" + sub);
    }

    @Test
    void credentialsWhenTokenMappingThenPreferredOrOnlyRoleOrCustomAmongRoles() {
        roles(
                defaults(),
                Map.of(MAPPING_KEY, token(AmbiguousRoleResolutionType.AUTHENTICATED_ROLE)));

        assertThat(
                        role(
                                t ->
                                        t.claim("cognito:preferred_role", ADMINS)
                                                .claim("cognito:roles", List.of(ADMINS, EDITORS)),
                                null))
                .isEqualTo(ADMINS);
        assertThat(role(t -> t.claim("cognito:roles", List.of(EDITORS)), null)).isEqualTo(EDITORS);
        assertThat(role(t -> t.claim("cognito:roles", List.of(ADMINS, EDITORS)), null))
                .as("several roles and no preferred one are ambiguous")
                .isEqualTo(AUTH);
        assertThat(role(t -> t.claim("cognito:roles", List.of(ADMINS, EDITORS)), EDITORS))
                .isEqualTo(EDITORS);
        assertThatThrownBy(() -> role(t -> t.claim("cognito:roles", List.of(EDITORS)), ADMINS))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("is not one of the roles this login may assume");
    }

    @Test
    void credentialsWhenTokenMappingAmbiguousAndDenyThenNotAuthorized() {
        roles(defaults(), Map.of(MAPPING_KEY, token(AmbiguousRoleResolutionType.DENY)));

        assertThatThrownBy(() -> role(t -> t, null))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining(
                        "The ambiguous role mapping rules for: "
                                + MAPPING_KEY
                                + " denied this request.");
    }

    @Test
    void credentialsWhenRulesMappingThenFirstMatchingRuleOfEachMatchType() {
        roles(
                defaults(),
                Map.of(
                        MAPPING_KEY,
                        rules(
                                AmbiguousRoleResolutionType.DENY,
                                rule(
                                        "cognito:groups",
                                        MappingRuleMatchType.CONTAINS,
                                        "admin",
                                        ADMINS),
                                rule(
                                        "email",
                                        MappingRuleMatchType.EQUALS,
                                        "ed@example.com",
                                        EDITORS),
                                rule(
                                        "custom:dept",
                                        MappingRuleMatchType.STARTS_WITH,
                                        "eng",
                                        READERS),
                                rule(
                                        "custom:tier",
                                        MappingRuleMatchType.NOT_EQUAL,
                                        "free",
                                        EDITORS))));

        assertThat(role(t -> t.claim("cognito:groups", List.of("staff", "admins")), null))
                .isEqualTo(ADMINS);
        assertThat(
                        role(
                                t ->
                                        t.claim("email", "ed@example.com")
                                                .claim("custom:dept", "engineering"),
                                null))
                .as("first match wins")
                .isEqualTo(EDITORS);
        assertThat(role(t -> t.claim("custom:dept", "engineering"), null)).isEqualTo(READERS);
        assertThat(role(t -> t.claim("custom:tier", "gold"), null)).isEqualTo(EDITORS);
        assertThat(
                        role(
                                t -> t.claim("email", "ed@example.com").claim("custom:dept", "eng"),
                                READERS))
                .as("a custom role of another matching rule")
                .isEqualTo(READERS);
        assertThatThrownBy(() -> role(t -> t.claim("custom:dept", "engineering"), ADMINS))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void credentialsWhenNoRuleMatchesThenDenyOrAuthenticatedRole() {
        RoleMapping notEqualOnly =
                rules(
                        AmbiguousRoleResolutionType.DENY,
                        rule("custom:tier", MappingRuleMatchType.NOT_EQUAL, "free", EDITORS));
        roles(defaults(), Map.of(MAPPING_KEY, notEqualOnly));

        assertThatThrownBy(() -> role(t -> t.claim("custom:tier", "free"), null))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("denied this request");
        assertThatThrownBy(() -> role(t -> t, null))
                .as("NotEqual is skipped when the claim is absent")
                .isInstanceOf(NotAuthorizedException.class);

        roles(
                defaults(),
                Map.of(
                        MAPPING_KEY,
                        notEqualOnly.toBuilder()
                                .ambiguousRoleResolution(
                                        AmbiguousRoleResolutionType.AUTHENTICATED_ROLE)
                                .build()));
        assertThat(role(t -> t.claim("custom:tier", "free"), null)).isEqualTo(AUTH);
        assertThat(role(t -> t.claim("custom:tier", "gold"), EDITORS)).isEqualTo(EDITORS);
    }

    @Test
    void credentialsWhenPrincipalTagMapThenPrincipalTagsInTheBrokerCall() {
        admin.setPrincipalTagAttributeMap(
                r ->
                        r.identityPoolId(poolId)
                                .identityProviderName(USER_POOL)
                                .principalTags(Map.of("dept", "custom:dept", "mail", "email")));
        String sub = TestTokens.newSub();

        String identityId =
                credentials(
                        t -> t.subject(sub).claim("custom:dept", "eng").claim("email", "a@b.c"),
                        null);

        assertThat(TestTokens.acceptedByBroker(identityId))
                .containsEntry("PrincipalTags", Map.of("dept", "eng", "mail", "a@b.c"));

        admin.setPrincipalTagAttributeMap(
                r -> r.identityPoolId(poolId).identityProviderName(USER_POOL).useDefaults(true));
        String other = credentials(t -> t.subject(sub), null);

        assertThat(other).isEqualTo(identityId);
        assertThat(TestTokens.acceptedByBroker(identityId))
                .containsEntry("PrincipalTags", Map.of("username", sub, "client", CLIENT));
    }

    @Test
    void credentialsWhenPoolHasNoRoleThenInvalidIdentityPoolConfiguration() {
        roles(Map.of("authenticated", AUTH), null);
        String guest = app.getId(r -> r.identityPoolId(poolId)).identityId();

        assertThatThrownBy(() -> app.getCredentialsForIdentity(r -> r.identityId(guest)))
                .isInstanceOf(InvalidIdentityPoolConfigurationException.class)
                .hasMessageContaining("Check assigned IAM roles for this pool.");
    }

    @Test
    void credentialsWhenBrokerRefusesOrFailsThenCognitoErrorsNeverInternal() {
        assertThatThrownBy(() -> withAuthenticatedRole("denied"))
                .isInstanceOf(InvalidIdentityPoolConfigurationException.class);
        assertThatThrownBy(() -> withAuthenticatedRole("reject-token"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("IDPRejectedClaim");
        assertThatThrownBy(() -> withAuthenticatedRole("broken"))
                .isInstanceOf(ExternalServiceException.class);
        assertThatThrownBy(() -> withAuthenticatedRole("hang-up"))
                .isInstanceOf(ExternalServiceException.class);
    }

    @Test
    void credentialsWhenLoginsMissingOrAnotherUsersThenNotAuthorized() {
        String mine = TestTokens.sign(TestTokens.idToken(CLIENT, TestTokens.newSub()).build());
        String theirs = TestTokens.sign(TestTokens.idToken(CLIENT, TestTokens.newSub()).build());
        String identityId =
                app.getId(r -> r.identityPoolId(poolId).logins(Map.of(USER_POOL, mine)))
                        .identityId();
        app.getId(r -> r.identityPoolId(poolId).logins(Map.of(USER_POOL, theirs)));

        assertThatThrownBy(() -> app.getCredentialsForIdentity(r -> r.identityId(identityId)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Logins don't match");
        assertThatThrownBy(
                        () ->
                                app.getCredentialsForIdentity(
                                        r ->
                                                r.identityId(identityId)
                                                        .logins(Map.of(USER_POOL, theirs))))
                .isInstanceOf(NotAuthorizedException.class);
    }

    private void withAuthenticatedRole(String name) {
        roles(Map.of("authenticated", "arn:aws:iam::000000000000:role/" + name), null);
        credentials(t -> t, null);
    }

    /** The role the broker was asked for, for a user whose ID token {@code claims} shapes. */
    private String role(UnaryOperator<JWTClaimsSet.Builder> claims, String customRoleArn) {
        String identityId = credentials(claims, customRoleArn);
        return (String) TestTokens.acceptedByBroker(identityId).get("RoleArn");
    }

    private String credentials(UnaryOperator<JWTClaimsSet.Builder> claims, String customRoleArn) {
        String token =
                TestTokens.sign(
                        claims.apply(TestTokens.idToken(CLIENT, TestTokens.newSub())).build());
        Map<String, String> logins = Map.of(USER_POOL, token);
        String identityId = app.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();
        app.getCredentialsForIdentity(
                r -> r.identityId(identityId).logins(logins).customRoleArn(customRoleArn));
        return identityId;
    }

    private void roles(Map<String, String> roles, Map<String, RoleMapping> mappings) {
        admin.setIdentityPoolRoles(
                r -> r.identityPoolId(poolId).roles(roles).roleMappings(mappings));
    }

    private static Map<String, String> defaults() {
        return Map.of("authenticated", AUTH, "unauthenticated", UNAUTH);
    }

    private static RoleMapping token(AmbiguousRoleResolutionType ambiguous) {
        return RoleMapping.builder()
                .type(RoleMappingType.TOKEN)
                .ambiguousRoleResolution(ambiguous)
                .build();
    }

    private static RoleMapping rules(AmbiguousRoleResolutionType ambiguous, MappingRule... rules) {
        return RoleMapping.builder()
                .type(RoleMappingType.RULES)
                .ambiguousRoleResolution(ambiguous)
                .rulesConfiguration(RulesConfigurationType.builder().rules(rules).build())
                .build();
    }

    private static MappingRule rule(
            String claim, MappingRuleMatchType type, String value, String role) {
        return MappingRule.builder()
                .claim(claim)
                .matchType(type)
                .value(value)
                .roleARN(role)
                .build();
    }
}
