package io.cognate.broker.policy;

import io.cognate.broker.policy.ConditionOperator.SetQualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One key under one operator, e.g. {@code "StringLike": {"s3:prefix": ["home/",
 * "home/${aws:username}/*"]}}. Its values are OR-ed (NOR for negated operators); conditions of a
 * statement are AND-ed.
 */
record Condition(ConditionOperator operator, String key, List<PolicyString> values) {

    boolean holds(ConditionContext context) {
        List<String> actual = context.values(key).orElse(List.of());
        boolean absent = actual.isEmpty();
        Comparison comparison = operator.comparison();
        if (comparison == Comparison.NULL) {
            return values.stream().anyMatch(v -> nullTest(v.raw(), absent));
        }
        if (absent) {
            if (operator.ifExists()) {
                return true;
            }
            return switch (operator.qualifier()) {
                case FOR_ALL_VALUES -> true;
                case FOR_ANY_VALUE -> false;
                // IAM: a missing key fails a positive operator and passes a negated one.
                case NONE -> comparison.negated();
            };
        }
        List<Optional<Glob>> expected = new ArrayList<>(values.size());
        for (PolicyString value : values) {
            expected.add(value.resolve(context));
        }
        if (operator.qualifier() == SetQualifier.FOR_ALL_VALUES) {
            return actual.stream().allMatch(v -> satisfies(expected, v));
        }
        if (operator.qualifier() == SetQualifier.FOR_ANY_VALUE || !comparison.negated()) {
            return actual.stream().anyMatch(v -> satisfies(expected, v));
        }
        // A negated operator on a multivalued key: no request value may match any policy value.
        return actual.stream().allMatch(v -> satisfies(expected, v));
    }

    /**
     * Whether one request value satisfies the operator. A policy value that cannot be resolved or
     * read never helps: it does not match a positive operator and spoils a negated one.
     */
    private boolean satisfies(List<Optional<Glob>> expected, String actual) {
        Comparison comparison = operator.comparison();
        boolean anyMatch = false;
        boolean anyUnknown = false;
        for (Optional<Glob> value : expected) {
            Boolean match = value.map(v -> comparison.positiveMatch(v, actual)).orElse(null);
            if (match == null) {
                anyUnknown = true;
            } else if (match) {
                anyMatch = true;
            }
        }
        return comparison.negated() ? !anyMatch && !anyUnknown : anyMatch;
    }

    private static boolean nullTest(String expected, boolean absent) {
        if ("true".equalsIgnoreCase(expected)) {
            return absent;
        }
        if ("false".equalsIgnoreCase(expected)) {
            return !absent;
        }
        return false;
    }
}
