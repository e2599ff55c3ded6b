package io.cognate.broker.policy;

import static io.cognate.broker.policy.Policies.allowAllWhen;
import static io.cognate.broker.policy.Policies.decide;
import static io.cognate.broker.policy.Policies.withKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every condition operator, one row per case: operator, policy values (JSON), the request's values
 * for the key (null = key absent), and whether the condition holds.
 */
class ConditionOperatorsTest {

    private static final List<String> MISSING = null;

    @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
    @MethodSource({"strings", "numbers", "dates", "booleans", "addresses", "arns", "nulls"})
    void conditionWhenOperatorAppliedThenHoldsAsIamDocuments(
            String operator, String policyValues, List<String> actual, boolean holds) {
        PolicyDocument policy =
                allowAllWhen("{\"%s\": {\"test:value\": %s}}".formatted(operator, policyValues));

        Decision decision = decide(policy, withKey(actual));

        assertThat(decision.effect())
                .isEqualTo(holds ? DecisionEffect.ALLOW : DecisionEffect.IMPLICIT_DENY);
    }

    static Stream<Arguments> strings() {
        return Stream.of(
                row("StringEquals", "\"abc\"", List.of("abc"), true),
                row("StringEquals", "\"abc\"", List.of("ABC"), false),
                row("StringEquals", "\"abc\"", MISSING, false),
                row("StringEquals", "[\"a\", \"b\"]", List.of("b"), true),
                row("StringEquals", "\"a*\"", List.of("abc"), false),
                row("StringEquals", "\"a*\"", List.of("a*"), true),
                row("StringEquals", "\"a\"", List.of("a", "b"), true),
                row("StringNotEquals", "\"abc\"", List.of("abc"), false),
                row("StringNotEquals", "\"abc\"", List.of("xyz"), true),
                row("StringNotEquals", "\"abc\"", MISSING, true),
                row("StringNotEquals", "[\"a\", \"b\"]", List.of("b"), false),
                row("StringNotEquals", "[\"a\", \"b\"]", List.of("c"), true),
                row("StringNotEquals", "\"a\"", List.of("a", "b"), false),
                row("StringNotEquals", "\"a\"", List.of("b", "c"), true),
                row("StringEqualsIgnoreCase", "\"ABC\"", List.of("abc"), true),
                row("StringEqualsIgnoreCase", "\"ABC\"", List.of("abd"), false),
                row("StringEqualsIgnoreCase", "\"ABC\"", MISSING, false),
                row("StringNotEqualsIgnoreCase", "\"ABC\"", List.of("abc"), false),
                row("StringNotEqualsIgnoreCase", "\"ABC\"", List.of("xyz"), true),
                row("StringNotEqualsIgnoreCase", "\"ABC\"", MISSING, true),
                row("StringLike", "\"home/*\"", List.of("home/alice/notes"), true),
                row("StringLike", "\"home/*\"", List.of("Home/alice"), false),
                row("StringLike", "\"a?c\"", List.of("abc"), true),
                row("StringLike", "\"a?c\"", List.of("abbc"), false),
                row("StringLike", "\"*\"", List.of(""), true),
                row("StringLike", "\"home/*\"", MISSING, false),
                row("StringNotLike", "\"home/*\"", List.of("home/x"), false),
                row("StringNotLike", "\"home/*\"", List.of("other"), true),
                row("StringNotLike", "\"home/*\"", MISSING, true),
                row("StringEqualsIfExists", "\"a\"", MISSING, true),
                row("StringEqualsIfExists", "\"a\"", List.of("a"), true),
                row("StringEqualsIfExists", "\"a\"", List.of("b"), false),
                row("StringNotEqualsIfExists", "\"a\"", MISSING, true),
                row("StringNotEqualsIfExists", "\"a\"", List.of("a"), false),
                row("StringEqualsIgnoreCaseIfExists", "\"A\"", List.of("a"), true),
                row("StringNotEqualsIgnoreCaseIfExists", "\"A\"", List.of("a"), false),
                row("StringLikeIfExists", "\"x*\"", MISSING, true),
                row("StringLikeIfExists", "\"x*\"", List.of("y"), false),
                row("StringNotLikeIfExists", "\"x*\"", List.of("xy"), false),
                row("StringNotLikeIfExists", "\"x*\"", MISSING, true));
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                row("NumericEquals", "\"10\"", List.of("10"), true),
                row("NumericEquals", "\"10\"", List.of("10.0"), true),
                row("NumericEquals", "10", List.of("10"), true),
                row("NumericEquals", "\"10\"", List.of("11"), false),
                row("NumericEquals", "\"10\"", List.of("ten"), false),
                row("NumericEquals", "\"10\"", MISSING, false),
                row("NumericNotEquals", "\"10\"", List.of("11"), true),
                row("NumericNotEquals", "\"10\"", List.of("10"), false),
                row("NumericNotEquals", "\"10\"", List.of("ten"), false),
                row("NumericNotEquals", "\"10\"", MISSING, true),
                row("NumericLessThan", "\"10\"", List.of("9"), true),
                row("NumericLessThan", "\"10\"", List.of("10"), false),
                row("NumericLessThan", "10.5", List.of("10.25"), true),
                row("NumericLessThanEquals", "\"10\"", List.of("10"), true),
                row("NumericLessThanEquals", "\"10\"", List.of("11"), false),
                row("NumericGreaterThan", "\"10\"", List.of("11"), true),
                row("NumericGreaterThan", "\"10\"", List.of("10"), false),
                row("NumericGreaterThanEquals", "\"10\"", List.of("10"), true),
                row("NumericGreaterThanEquals", "\"10\"", List.of("9"), false),
                row("NumericGreaterThanEquals", "\"-1\"", List.of("-1"), true),
                row("NumericLessThanIfExists", "\"10\"", MISSING, true),
                row("NumericLessThanIfExists", "\"10\"", List.of("11"), false),
                row("NumericEqualsIfExists", "\"1\"", List.of("1"), true),
                row("NumericNotEqualsIfExists", "\"1\"", MISSING, true),
                row("NumericLessThanEqualsIfExists", "\"1\"", List.of("2"), false),
                row("NumericGreaterThanIfExists", "\"1\"", List.of("2"), true),
                row("NumericGreaterThanEqualsIfExists", "\"1\"", MISSING, true));
    }

    static Stream<Arguments> dates() {
        String noon = "\"2024-06-01T12:00:00Z\"";
        return Stream.of(
                row("DateEquals", noon, List.of("2024-06-01T12:00:00Z"), true),
                row("DateEquals", noon, List.of("2024-06-01T14:00:00+02:00"), true),
                row("DateEquals", noon, List.of("1717243200"), true),
                row("DateEquals", "\"1717243200\"", List.of("2024-06-01T12:00:00Z"), true),
                row("DateEquals", noon, List.of("2024-06-01T12:00:01Z"), false),
                row("DateEquals", "\"2024-06-01\"", List.of("2024-06-01T00:00:00Z"), true),
                row("DateEquals", noon, List.of("yesterday"), false),
                row("DateNotEquals", noon, List.of("2024-06-01T12:00:01Z"), true),
                row("DateNotEquals", noon, List.of("2024-06-01T12:00:00Z"), false),
                row("DateNotEquals", noon, MISSING, true),
                row("DateLessThan", noon, List.of("2024-06-01T11:59:59Z"), true),
                row("DateLessThan", noon, List.of("2024-06-01T12:00:00Z"), false),
                row("DateLessThan", noon, List.of("2024-06-01T12:00:00.001Z"), false),
                row("DateLessThan", noon, MISSING, false),
                row("DateLessThanEquals", noon, List.of("2024-06-01T12:00:00Z"), true),
                row("DateLessThanEquals", noon, List.of("2024-06-02T00:00:00Z"), false),
                row("DateGreaterThan", noon, List.of("2024-06-01T12:00:01Z"), true),
                row("DateGreaterThan", noon, List.of("2024-06-01T12:00:00Z"), false),
                row("DateGreaterThan", "\"not a date\"", List.of("2024-06-01T12:00:00Z"), false),
                row("DateGreaterThanEquals", noon, List.of("1717243200"), true),
                row("DateGreaterThanEquals", noon, List.of("1717243199"), false),
                row("DateLessThanIfExists", noon, MISSING, true),
                row("DateLessThanIfExists", noon, List.of("2025-01-01T00:00:00Z"), false),
                row("DateEqualsIfExists", noon, MISSING, true),
                row("DateNotEqualsIfExists", noon, List.of("2024-06-01T12:00:00Z"), false),
                row("DateLessThanEqualsIfExists", noon, MISSING, true),
                row("DateGreaterThanIfExists", noon, List.of("2030-01-01T00:00:00Z"), true),
                row("DateGreaterThanEqualsIfExists", noon, MISSING, true));
    }

    static Stream<Arguments> booleans() {
        return Stream.of(
                row("Bool", "\"true\"", List.of("true"), true),
                row("Bool", "\"true\"", List.of("false"), false),
                row("Bool", "true", List.of("true"), true),
                row("Bool", "\"false\"", List.of("FALSE"), true),
                row("Bool", "\"true\"", MISSING, false),
                row("BoolIfExists", "\"true\"", MISSING, true),
                row("BoolIfExists", "\"true\"", List.of("false"), false),
                row("BinaryEquals", "\"QmluYXJ5VmFsdWU=\"", List.of("QmluYXJ5VmFsdWU="), true),
                row("BinaryEquals", "\"QmluYXJ5VmFsdWU=\"", List.of("b3RoZXI="), false),
                row("BinaryEqualsIfExists", "\"QmluYXJ5VmFsdWU=\"", MISSING, true));
    }

    static Stream<Arguments> addresses() {
        return Stream.of(
                row("IpAddress", "\"203.0.113.0/24\"", List.of("203.0.113.77"), true),
                row("IpAddress", "\"203.0.113.0/24\"", List.of("203.0.114.1"), false),
                row("IpAddress", "\"203.0.113.128/25\"", List.of("203.0.113.127"), false),
                row("IpAddress", "\"203.0.113.128/25\"", List.of("203.0.113.200"), true),
                row("IpAddress", "\"192.0.2.1\"", List.of("192.0.2.1"), true),
                row("IpAddress", "\"0.0.0.0/0\"", List.of("198.51.100.9"), true),
                row("IpAddress", "[\"10.0.0.0/8\", \"192.0.2.0/24\"]", List.of("192.0.2.5"), true),
                row("IpAddress", "\"2001:db8::/32\"", List.of("2001:db8:1::1"), true),
                row("IpAddress", "\"2001:db8::/32\"", List.of("2001:db9::1"), false),
                row("IpAddress", "\"2001:db8::/32\"", List.of("192.0.2.1"), false),
                row("IpAddress", "\"10.0.0.0/8\"", List.of("not-an-ip"), false),
                row("IpAddress", "\"10.0.0.0/8\"", List.of("10.0.0.256"), false),
                row("IpAddress", "\"10.0.0.0/33\"", List.of("10.0.0.1"), false),
                row("IpAddress", "\"10.0.0.0/8\"", MISSING, false),
                row("NotIpAddress", "\"10.0.0.0/8\"", List.of("192.0.2.1"), true),
                row("NotIpAddress", "\"10.0.0.0/8\"", List.of("10.1.2.3"), false),
                row("NotIpAddress", "\"10.0.0.0/8\"", List.of("garbage"), false),
                row("NotIpAddress", "\"10.0.0.0/8\"", MISSING, true),
                row("IpAddressIfExists", "\"10.0.0.0/8\"", MISSING, true),
                row("IpAddressIfExists", "\"10.0.0.0/8\"", List.of("11.0.0.1"), false),
                row("NotIpAddressIfExists", "\"10.0.0.0/8\"", List.of("10.0.0.1"), false));
    }

    static Stream<Arguments> arns() {
        String roles = "\"arn:aws:iam::*:role/cognate-*\"";
        return Stream.of(
                row("ArnLike", roles, List.of("arn:aws:iam::000000000000:role/cognate-auth"), true),
                row("ArnLike", roles, List.of("arn:aws:iam::000000000000:user/cognate-x"), false),
                row("ArnLike", roles, List.of("arn:aws:iam::000000000000:role/Cognate-x"), false),
                row("ArnLike", roles, List.of("not-an-arn"), false),
                row("ArnLike", roles, MISSING, false),
                row("ArnEquals", roles, List.of("arn:aws:iam::000000000000:role/cognate-a"), true),
                row(
                        "ArnEquals",
                        "\"arn:aws:sqs:us-east-1:000000000000:queue\"",
                        List.of("arn:aws:sqs:us-east-1:000000000000:queue"),
                        true),
                row(
                        "ArnLike",
                        "\"arn:aws:s3:::bucket/*\"",
                        List.of("arn:aws:s3:::bucket/a:b/c"),
                        true),
                row(
                        "ArnLike",
                        "\"arn:aws:*:us-east-1:*:*\"",
                        List.of("arn:aws:sts:eu-west-1:000000000000:x"),
                        false),
                row("ArnLike", "\"arn:aws:s3*:::b\"", List.of("arn:aws:s3:x:y:b"), false),
                row("ArnNotLike", roles, List.of("arn:aws:iam::1:role/other"), true),
                row("ArnNotLike", roles, List.of("arn:aws:iam::1:role/cognate-x"), false),
                row("ArnNotLike", roles, MISSING, true),
                row("ArnNotEquals", roles, List.of("arn:aws:iam::1:role/cognate-x"), false),
                row("ArnNotEquals", roles, List.of("arn:aws:iam::1:role/x"), true),
                row("ArnLikeIfExists", roles, MISSING, true),
                row("ArnEqualsIfExists", roles, List.of("arn:aws:iam::1:role/x"), false),
                row("ArnNotLikeIfExists", roles, MISSING, true),
                row("ArnNotEqualsIfExists", roles, List.of("arn:aws:iam::1:role/x"), true));
    }

    static Stream<Arguments> nulls() {
        return Stream.of(
                row("Null", "\"true\"", MISSING, true),
                row("Null", "\"true\"", List.of("x"), false),
                row("Null", "\"true\"", List.of(), true),
                row("Null", "\"false\"", List.of("x"), true),
                row("Null", "\"false\"", MISSING, false),
                row("Null", "true", MISSING, true),
                row("Null", "\"maybe\"", MISSING, false));
    }

    private static Arguments row(
            String operator, String policyValues, List<String> actual, boolean holds) {
        return Arguments.of(operator, policyValues, actual, holds);
    }
}
