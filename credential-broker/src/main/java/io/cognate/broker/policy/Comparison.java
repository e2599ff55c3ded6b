package io.cognate.broker.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The base condition operators (without {@code IfExists} or a set qualifier). Each negated operator
 * is judged as the negation of its positive twin, so that for it several policy values act as NOR,
 * as IAM documents.
 */
enum Comparison {
    STRING_EQUALS("StringEquals", false, Comparison::stringEquals),
    STRING_NOT_EQUALS("StringNotEquals", true, Comparison::stringEquals),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false, Comparison::stringEqualsIgnoreCase),
    STRING_NOT_EQUALS_IGNORE_CASE(
            "StringNotEqualsIgnoreCase", true, Comparison::stringEqualsIgnoreCase),
    STRING_LIKE("StringLike", false, Comparison::stringLike),
    STRING_NOT_LIKE("StringNotLike", true, Comparison::stringLike),
    NUMERIC_EQUALS("NumericEquals", false, numeric(c -> c == 0)),
    NUMERIC_NOT_EQUALS("NumericNotEquals", true, numeric(c -> c == 0)),
    NUMERIC_LESS_THAN("NumericLessThan", false, numeric(c -> c < 0)),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", false, numeric(c -> c <= 0)),
    NUMERIC_GREATER_THAN("NumericGreaterThan", false, numeric(c -> c > 0)),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", false, numeric(c -> c >= 0)),
    DATE_EQUALS("DateEquals", false, date(c -> c == 0)),
    DATE_NOT_EQUALS("DateNotEquals", true, date(c -> c == 0)),
    DATE_LESS_THAN("DateLessThan", false, date(c -> c < 0)),
    DATE_LESS_THAN_EQUALS("DateLessThanEquals", false, date(c -> c <= 0)),
    DATE_GREATER_THAN("DateGreaterThan", false, date(c -> c > 0)),
    DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", false, date(c -> c >= 0)),
    BOOL("Bool", false, Comparison::bool),
    BINARY_EQUALS("BinaryEquals", false, Comparison::stringEquals),
    IP_ADDRESS("IpAddress", false, Comparison::ipAddress),
    NOT_IP_ADDRESS("NotIpAddress", true, Comparison::ipAddress),
    // IAM documents ArnEquals and ArnLike alike: per-segment, case-sensitive, with wildcards.
    ARN_EQUALS("ArnEquals", false, Comparison::arnLike),
    ARN_LIKE("ArnLike", false, Comparison::arnLike),
    ARN_NOT_EQUALS("ArnNotEquals", true, Comparison::arnLike),
    ARN_NOT_LIKE("ArnNotLike", true, Comparison::arnLike),
    NULL("Null", false, (policy, actual) -> Boolean.FALSE);

    /**
     * Whether a request value matches one policy value: TRUE, FALSE, or null when it cannot be told
     * (a value that is not a number, a date or an address).
     */
    @FunctionalInterface
    interface Matcher {
        Boolean test(Glob policyValue, String requestValue);
    }

    private final String awsName;
    private final boolean negated;
    private final Matcher positive;

    Comparison(String awsName, boolean negated, Matcher positive) {
        this.awsName = awsName;
        this.negated = negated;
        this.positive = positive;
    }

    String awsName() {
        return awsName;
    }

    boolean negated() {
        return negated;
    }

    /** The positive twin's verdict for one pair of values. */
    Boolean positiveMatch(Glob policyValue, String requestValue) {
        return positive.test(policyValue, requestValue);
    }

    /** The operator with this name, ignoring case, or null. */
    static Comparison named(String name) {
        for (Comparison comparison : values()) {
            if (comparison.awsName.equalsIgnoreCase(name)) {
                return comparison;
            }
        }
        return null;
    }

    private static Boolean stringEquals(Glob policy, String actual) {
        return policy.text().equals(actual);
    }

    private static Boolean stringEqualsIgnoreCase(Glob policy, String actual) {
        return policy.text().toLowerCase(Locale.ROOT).equals(actual.toLowerCase(Locale.ROOT));
    }

    private static Boolean stringLike(Glob policy, String actual) {
        return policy.matches(actual, false);
    }

    private static Boolean bool(Glob policy, String actual) {
        return policy.text().equalsIgnoreCase(actual);
    }

    private static Boolean ipAddress(Glob policy, String actual) {
        IpRange range = IpRange.parse(policy.text());
        if (range == null || IpRange.address(actual) == null) {
            return null;
        }
        return range.contains(actual);
    }

    /** Six colon-separated segments each; the last one takes the rest of the ARN. */
    private static Boolean arnLike(Glob policy, String actual) {
        List<Glob> expected = policy.arnSegments();
        String[] segments = actual.split(":", 6);
        if (expected.size() != 6 || segments.length != 6) {
            return policy.isMatchAll();
        }
        for (int i = 0; i < 6; i++) {
            if (!expected.get(i).matches(segments[i], false)) {
                return false;
            }
        }
        return true;
    }

    /** Compares the request value to the policy value ({@code request <op> policy}). */
    private static Matcher numeric(IntPredicate verdict) {
        return (policy, actual) -> {
            BigDecimal expected = number(policy.text());
            BigDecimal given = number(actual);
            return expected == null || given == null
                    ? null
                    : verdict.test(given.compareTo(expected));
        };
    }

    private static Matcher date(IntPredicate verdict) {
        return (policy, actual) -> {
            Instant expected = DateValue.parse(policy.text());
            Instant given = DateValue.parse(actual);
            return expected == null || given == null
                    ? null
                    : verdict.test(given.compareTo(expected));
        };
    }

    private static BigDecimal number(String text) {
        String value = text.strip();
        if (value.isEmpty() || value.length() > 64) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
