package io.cognate.identitypool.credentials;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.errors.InvalidIdentityPoolConfigurationException;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.identitypool.RoleMapping;
import io.cognate.identitypool.identitypool.RoleMapping.MappingRule;
import io.cognate.identitypool.login.VerifiedLogin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cognito's role resolution for the enhanced flow: guests get the unauthenticated role; an
 * authenticated identity gets what the role mapping of its (first mapped) login says, {@code Token}
 * ({@code cognito:preferred_role}, else a single {@code cognito:roles}) or {@code Rules} (first
 * match wins), and the authenticated role without a mapping or on an ambiguous result unless the
 * mapping says {@code Deny}. A {@code CustomRoleArn} picks among the roles the mapping allows.
 * Without a mapping, a SAML login's role attribute names the role ({@link SamlRoles}).
 */
final class RoleResolver {

    static final String MISCONFIGURED =
            "Invalid identity pool configuration. Check assigned IAM roles for this pool.";

    private RoleResolver() {}

    static String resolve(IdentityPoolView pool, List<VerifiedLogin> logins, String customRoleArn) {
        if (logins.isEmpty()) {
            return custom(List.of(), require(pool.unauthenticatedRole()), customRoleArn);
        }
        Optional<VerifiedLogin> mapped =
                logins.stream()
                        .filter(
                                l ->
                                        l.roleMappingKey() != null
                                                && pool.roleMappings()
                                                        .containsKey(l.roleMappingKey()))
                        .findFirst();
        if (mapped.isEmpty()) {
            Optional<String> saml = SamlRoles.resolve(logins, customRoleArn);
            return saml.isPresent()
                    ? saml.get()
                    : custom(List.of(), require(pool.authenticatedRole()), customRoleArn);
        }
        String key = mapped.get().roleMappingKey();
        RoleMapping mapping = pool.roleMappings().get(key);
        Map<String, Object> claims = mapped.get().claims();
        List<String> granted = granted(mapping, claims);
        if (customRoleArn != null && granted.contains(customRoleArn)) {
            return customRoleArn;
        }
        Optional<String> chosen = chosen(mapping, claims, granted);
        if (chosen.isPresent()) {
            return custom(granted, chosen.get(), customRoleArn);
        }
        if ("Deny".equals(mapping.ambiguousRoleResolution())) {
            throw new NotAuthorizedException(
                    "The ambiguous role mapping rules for: " + key + " denied this request.");
        }
        return custom(granted, require(pool.authenticatedRole()), customRoleArn);
    }

    /**
     * Every role the mapping grants this login: Token, {@code cognito:roles} (and the preferred
     * role); Rules, the role of every matching rule, in rule order.
     */
    static List<String> granted(RoleMapping mapping, Map<String, Object> claims) {
        List<String> roles = new ArrayList<>();
        if ("Token".equals(mapping.type())) {
            if (claims.get("cognito:preferred_role") instanceof String preferred) {
                roles.add(preferred);
            }
            if (claims.get("cognito:roles") instanceof List<?> listed) {
                listed.stream()
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .filter(r -> !roles.contains(r))
                        .forEach(roles::add);
            }
        } else if (mapping.rulesConfiguration() != null) {
            for (MappingRule rule : mapping.rulesConfiguration().rules()) {
                if (MappingRules.matches(rule, claims.get(rule.claim()))
                        && !roles.contains(rule.roleARN())) {
                    roles.add(rule.roleARN());
                }
            }
        }
        return roles;
    }

    /**
     * The mapping's own choice, empty when ambiguous: Token, the preferred role or the only role;
     * Rules, the first matching rule's role.
     */
    private static Optional<String> chosen(
            RoleMapping mapping, Map<String, Object> claims, List<String> granted) {
        if ("Token".equals(mapping.type())) {
            if (claims.get("cognito:preferred_role") instanceof String preferred) {
                return Optional.of(preferred);
            }
            return granted.size() == 1 ? Optional.of(granted.get(0)) : Optional.empty();
        }
        return granted.stream().findFirst();
    }

    /** The resolved role, or the caller's custom role if it is that role or a granted one. */
    private static String custom(List<String> granted, String resolved, String customRoleArn) {
        if (customRoleArn == null || customRoleArn.equals(resolved)) {
            return resolved;
        }
        if (granted.contains(customRoleArn)) {
            return customRoleArn;
        }
        throw new NotAuthorizedException(
                "The role " + customRoleArn + " is not one of the roles this login may assume.");
    }

    private static String require(String role) {
        if (role == null) {
            throw new InvalidIdentityPoolConfigurationException(MISCONFIGURED);
        }
        return role;
    }
}
