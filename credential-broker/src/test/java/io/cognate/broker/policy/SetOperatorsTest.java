package io.cognate.broker.policy;

import static io.cognate.broker.policy.Policies.allowAllWhen;
import static io.cognate.broker.policy.Policies.decide;
import static io.cognate.broker.policy.Policies.withKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ForAnyValue:} and {@code ForAllValues:} over multivalued keys, with IAM's rules for a
 * missing key and an empty set (ForAllValues holds, ForAnyValue does not), and the way several keys
 * and several operators combine (AND).
 */
class SetOperatorsTest {

    private static final List<String> MISSING = null;

    @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
    @MethodSource("rows")
    void setOperatorWhenRequestHasValuesThenHoldsAsIamDocuments(
            String operator, String policyValues, List<String> actual, boolean holds) {
        PolicyDocument policy =
                allowAllWhen("{\"%s\": {\"test:value\": %s}}".formatted(operator, policyValues));

        assertThat(decide(policy, withKey(actual)).allowed()).isEqualTo(holds);
    }

    static Stream<Arguments> rows() {
        String ab = "[\"a\", \"b\"]";
        return Stream.of(
                row("ForAnyValue:StringEquals", ab, List.of("b", "c"), true),
                row("ForAnyValue:StringEquals", ab, List.of("c"), false),
                row("ForAnyValue:StringEquals", ab, List.of("a"), true),
                row("ForAnyValue:StringEquals", ab, MISSING, false),
                row("ForAnyValue:StringEquals", ab, List.of(), false),
                row("ForAllValues:StringEquals", ab, List.of("a", "b"), true),
                row("ForAllValues:StringEquals", ab, List.of("a"), true),
                row("ForAllValues:StringEquals", ab, List.of("a", "c"), false),
                row("ForAllValues:StringEquals", ab, MISSING, true),
                row("ForAllValues:StringEquals", ab, List.of(), true),
                row("ForAllValues:StringLike", "\"key1*\"", List.of("key1:a", "key1:b"), true),
                row("ForAllValues:StringLike", "\"key1*\"", List.of("key1:a", "key2"), false),
                row("ForAnyValue:StringNotEquals", "\"a\"", List.of("a", "b"), true),
                row("ForAnyValue:StringNotEquals", "\"a\"", List.of("a"), false),
                row("ForAnyValue:StringNotEquals", "\"a\"", MISSING, false),
                row("ForAllValues:StringNotLike", "\"key1*\"", List.of("key2:audit"), true),
                row("ForAllValues:StringNotLike", "\"key1*\"", List.of("key1:hr", "x"), false),
                row("ForAllValues:StringNotLike", "\"key1*\"", MISSING, true),
                row(
                        "ForAnyValue:StringEqualsIgnoreCase",
                        "\"AUTHENTICATED\"",
                        List.of("authenticated"),
                        true),
                row("ForAllValues:StringNotEqualsIgnoreCase", "\"X\"", List.of("a", "b"), true),
                row("ForAnyValue:StringEqualsIfExists", ab, MISSING, true),
                row("ForAnyValue:StringEqualsIfExists", ab, List.of("c"), false),
                row("ForAllValues:StringEqualsIfExists", ab, MISSING, true),
                row("ForAllValues:StringEqualsIfExists", ab, List.of("a", "z"), false),
                row("ForAllValues:NumericLessThan", "\"10\"", List.of("1", "2"), true),
                row("ForAllValues:NumericLessThan", "\"10\"", List.of("1", "20"), false),
                row("ForAnyValue:NumericGreaterThan", "\"10\"", List.of("1", "20"), true),
                row(
                        "ForAnyValue:ArnLike",
                        "\"arn:aws:iam::*:role/admin\"",
                        List.of("arn:aws:iam::1:role/x", "arn:aws:iam::2:role/admin"),
                        true),
                row(
                        "ForAnyValue:IpAddress",
                        "\"10.0.0.0/8\"",
                        List.of("192.0.2.1", "10.9.9.9"),
                        true),
                row(
                        "ForAllValues:IpAddress",
                        "\"10.0.0.0/8\"",
                        List.of("192.0.2.1", "10.9.9.9"),
                        false),
                row("ForAnyValue:Bool", "\"true\"", List.of("false", "true"), true),
                row(
                        "ForAnyValue:DateLessThan",
                        "\"2024-01-01T00:00:00Z\"",
                        List.of("2023-12-31T23:00:00Z"),
                        true),
                row("foranyvalue:stringlike", "\"auth*\"", List.of("authenticated"), true));
    }

    @Test
    void conditionWhenSeveralKeysThenAllMustHold() {
        PolicyDocument policy =
                allowAllWhen(
                        """
                        {"StringEquals": {"test:a": "1", "test:b": "2"}}
                        """);

        assertThat(decide(policy, context("1", "2")).allowed()).isTrue();
        assertThat(decide(policy, context("1", "3")).allowed()).isFalse();
        assertThat(decide(policy, context("0", "2")).allowed()).isFalse();
    }

    @Test
    void conditionWhenSeveralOperatorsThenAllMustHold() {
        PolicyDocument policy =
                allowAllWhen(
                        """
                        {"StringEquals": {"test:a": "1"}, "StringLike": {"test:b": "x*"}}
                        """);

        assertThat(decide(policy, context("1", "xy")).allowed()).isTrue();
        assertThat(decide(policy, context("1", "yx")).allowed()).isFalse();
    }

    @Test
    void conditionKeyWhenSpelledInAnotherCaseThenStillFound() {
        PolicyDocument policy =
                allowAllWhen("{\"StringEquals\": {\"AWS:PrincipalTag/Team\": \"Blue\"}}");

        Decision same =
                decide(policy, ConditionContext.builder().principalTag("team", "Blue").build());
        Decision valueCase =
                decide(policy, ConditionContext.builder().principalTag("team", "blue").build());

        assertThat(same.allowed()).isTrue();
        assertThat(valueCase.allowed()).as("values stay case-sensitive").isFalse();
    }

    private static ConditionContext context(String a, String b) {
        return ConditionContext.builder().put("test:a", a).put("test:b", b).build();
    }

    private static Arguments row(
            String operator, String policyValues, List<String> actual, boolean holds) {
        return Arguments.of(operator, policyValues, actual, holds);
    }
}
