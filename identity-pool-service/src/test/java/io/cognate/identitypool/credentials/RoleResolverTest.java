package io.cognate.identitypool.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.errors.InvalidIdentityPoolConfigurationException;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.identitypool.LoginProviders;
import io.cognate.identitypool.identitypool.RoleMapping;
import io.cognate.identitypool.identitypool.RoleMapping.MappingRule;
import io.cognate.identitypool.login.VerifiedLogin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cognito's role resolution table, rule by rule, without the service around it. */
class RoleResolverTest {

    static final String KEY = "cognito-idp.us-east-1.amazonaws.com/us-east-1_P:client";
    static final String AUTH = "arn:aws:iam::000000000000:role/auth";
    static final String GUEST = "arn:aws:iam::000000000000:role/guest";
    static final String A = "arn:aws:iam::000000000000:role/a";
    static final String B = "arn:aws:iam::000000000000:role/b";

    @Test
    void resolveWhenGuestOrNoMappingThenDefaultRolesAndMissingRoleIsConfigurationError() {
        assertThat(RoleResolver.resolve(pool(Map.of()), List.of(), null)).isEqualTo(GUEST);
        assertThat(RoleResolver.resolve(pool(Map.of()), List.of(login(Map.of())), null))
                .isEqualTo(AUTH);
        assertThat(RoleResolver.resolve(pool(Map.of()), List.of(login(Map.of())), AUTH))
                .isEqualTo(AUTH);
        assertThatThrownBy(() -> RoleResolver.resolve(pool(Map.of()), List.of(login(Map.of())), A))
                .isInstanceOf(NotAuthorizedException.class);
        IdentityPoolView noRoles =
                new IdentityPoolView(
                        "p", true, false, null, providers(), Map.of(), Map.of(), Map.of());
        assertThatThrownBy(() -> RoleResolver.resolve(noRoles, List.of(), null))
                .isInstanceOf(InvalidIdentityPoolConfigurationException.class);
    }

    @Test
    void resolveWhenTokenMappingThenPreferredSingleOrAmbiguous() {
        var deny = pool(Map.of(KEY, new RoleMapping("Token", "Deny", null)));
        var fallback = pool(Map.of(KEY, new RoleMapping("Token", "AuthenticatedRole", null)));

        assertThat(
                        resolve(
                                deny,
                                Map.of("cognito:preferred_role", B, "cognito:roles", List.of(A, B)),
                                null))
                .isEqualTo(B);
        assertThat(resolve(deny, Map.of("cognito:roles", List.of(A)), null)).isEqualTo(A);
        assertThat(resolve(deny, Map.of("cognito:roles", List.of(A, B)), A)).isEqualTo(A);
        assertThat(resolve(fallback, Map.of("cognito:roles", List.of(A, B)), null)).isEqualTo(AUTH);
        assertThatThrownBy(() -> resolve(deny, Map.of("cognito:roles", List.of(A, B)), null))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessage(
                        "The ambiguous role mapping rules for: " + KEY + " denied this request.");
        assertThatThrownBy(() -> resolve(deny, Map.of("cognito:roles", List.of(A)), B))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void resolveWhenRulesThenEachMatchTypeAndFirstMatchWins() {
        var rules =
                pool(
                        Map.of(
                                KEY,
                                new RoleMapping(
                                        "Rules",
                                        "Deny",
                                        new RoleMapping.RulesConfiguration(
                                                List.of(
                                                        new MappingRule(
                                                                "cognito:groups",
                                                                "Contains",
                                                                "dmin",
                                                                A),
                                                        new MappingRule(
                                                                "email", "Equals", "x@y.z", B),
                                                        new MappingRule(
                                                                "custom:d", "StartsWith", "en", A),
                                                        new MappingRule(
                                                                "custom:t",
                                                                "NotEqual",
                                                                "free",
                                                                B))))));

        assertThat(resolve(rules, Map.of("cognito:groups", List.of("admins")), null)).isEqualTo(A);
        assertThat(resolve(rules, Map.of("email", "x@y.z", "custom:d", "eng"), null)).isEqualTo(B);
        assertThat(resolve(rules, Map.of("custom:d", "eng"), null)).isEqualTo(A);
        assertThat(resolve(rules, Map.of("custom:t", "gold"), null)).isEqualTo(B);
        assertThat(resolve(rules, Map.of("email", "x@y.z", "custom:d", "eng"), A)).isEqualTo(A);
        assertThatThrownBy(() -> resolve(rules, Map.of("custom:t", "free"), null))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> resolve(rules, Map.of(), null))
                .as("NotEqual skipped without the claim")
                .isInstanceOf(NotAuthorizedException.class);
    }

    private static String resolve(
            IdentityPoolView pool, Map<String, Object> claims, String custom) {
        return RoleResolver.resolve(pool, List.of(login(claims)), custom);
    }

    private static VerifiedLogin login(Map<String, Object> claims) {
        return new VerifiedLogin(
                "cognito-idp.us-east-1.amazonaws.com/us-east-1_P", "s", List.of(), claims, KEY);
    }

    private static IdentityPoolView pool(Map<String, RoleMapping> mappings) {
        return new IdentityPoolView(
                "p",
                true,
                false,
                null,
                providers(),
                Map.of("authenticated", AUTH, "unauthenticated", GUEST),
                mappings,
                Map.of());
    }

    private static LoginProviders providers() {
        return new LoginProviders(null, null, null, null);
    }
}
