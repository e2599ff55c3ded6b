package io.cognate.identitypool.credentials;

import io.cognate.identitypool.identitypool.RoleMapping.MappingRule;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Whether a {@code Rules} mapping rule matches a token claim. Scalar claims compare as text
 * (numbers and booleans as JSON writes them); list claims such as {@code cognito:groups} match when
 * an element does, and {@code NotEqual} when none equals the value. An absent claim matches
 * nothing, {@code NotEqual} included, as Cognito skips such rules.
 */
final class MappingRules {

    private MappingRules() {}

    static boolean matches(MappingRule rule, Object claim) {
        if (claim == null || rule.matchType() == null) {
            return false;
        }
        String value = rule.value();
        List<String> values =
                claim instanceof List<?> list
                        ? list.stream().filter(v -> v != null).map(String::valueOf).toList()
                        : claim instanceof java.util.Map<?, ?>
                                ? List.of()
                                : List.of(String.valueOf(claim));
        return switch (rule.matchType()) {
            case "Equals" -> any(values, value, String::equals);
            case "Contains" -> any(values, value, String::contains);
            case "StartsWith" -> any(values, value, String::startsWith);
            case "NotEqual" -> !values.isEmpty() && !any(values, value, String::equals);
            default -> false;
        };
    }

    private static boolean any(
            List<String> values, String value, BiPredicate<String, String> test) {
        return values.stream().anyMatch(v -> test.test(v, value));
    }
}
