package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What SetIdentityPoolRoles checks beyond the model: role ARNs are IAM role ARNs, mappings are
 * keyed by providers the pool trusts, and each mapping is complete for its type.
 */
final class RoleRules {

    /** Cognito's documented limit of rules per mapping (the model allows 400). */
    static final int MAX_RULES = 25;

    private static final Pattern ROLE_ARN =
            Pattern.compile("arn:aws[\\w-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");

    private RoleRules() {}

    static void require(
            Map<String, String> roles,
            Map<String, RoleMapping> mappings,
            LoginProviders providers) {
        roles.forEach((type, arn) -> requireRoleArn(arn));
        if (mappings == null) {
            return;
        }
        Set<String> keys = providers.roleMappingKeys();
        mappings.forEach(
                (provider, mapping) -> {
                    if (!keys.contains(provider)) {
                        throw new InvalidParameterException(
                                "The provider "
                                        + provider
                                        + " in RoleMappings is not configured for this identity"
                                        + " pool.");
                    }
                    requireMapping(provider, mapping);
                });
    }

    private static void requireMapping(String provider, RoleMapping mapping) {
        if (mapping.ambiguousRoleResolution() == null) {
            throw new InvalidParameterException(
                    "AmbiguousRoleResolution must be specified for the role mapping of "
                            + provider
                            + ".");
        }
        var rules = mapping.rulesConfiguration();
        if ("Rules".equals(mapping.type())) {
            if (rules == null || rules.rules() == null || rules.rules().isEmpty()) {
                throw new InvalidParameterException(
                        "RulesConfiguration is required for a role mapping of type Rules ("
                                + provider
                                + ").");
            }
            if (rules.rules().size() > MAX_RULES) {
                throw new InvalidParameterException(
                        "A role mapping can have at most "
                                + MAX_RULES
                                + " rules ("
                                + provider
                                + ").");
            }
            rules.rules().forEach(rule -> requireRoleArn(rule.roleARN()));
        } else if (rules != null) {
            throw new InvalidParameterException(
                    "RulesConfiguration is only allowed for a role mapping of type Rules ("
                            + provider
                            + ").");
        }
    }

    private static void requireRoleArn(String arn) {
        if (arn == null || !ROLE_ARN.matcher(arn).matches()) {
            throw new InvalidParameterException("Invalid role ARN " + arn + ".");
        }
    }
}
