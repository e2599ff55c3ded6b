package io.cognate.broker.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SimpleTrustPolicyEvaluatorTest {

    private static final String ROOT = "arn:aws:iam::000000000000:root";
    private static final String SESSION = "arn:aws:sts::000000000000:assumed-role/builder/ci-run";

    private final SimpleTrustPolicyEvaluator evaluator = new SimpleTrustPolicyEvaluator();

    @Test
    void evaluateWhenPrincipalIsTheAccountInAnyFormThenAllowed() {
        for (String principal : new String[] {ROOT, "000000000000", "*"}) {
            assertThat(
                            allowed(
                                    statement(
                                            "Allow",
                                            "{\"AWS\":\"" + principal + "\"}",
                                            "sts:AssumeRole"),
                                    ROOT))
                    .as(principal)
                    .isTrue();
        }
        assertThat(allowed(statement("Allow", "\"*\"", "sts:*"), ROOT)).isTrue();
    }

    @Test
    void evaluateWhenPrincipalIsAnotherAccountOrActionDiffersThenDenied() {
        assertThat(
                        allowed(
                                statement(
                                        "Allow",
                                        "{\"AWS\":\"arn:aws:iam::111122223333:root\"}",
                                        "sts:AssumeRole"),
                                ROOT))
                .isFalse();
        assertThat(allowed(statement("Allow", "{\"AWS\":\"*\"}", "sts:TagSession"), ROOT))
                .isFalse();
        assertThat(
                        allowed(
                                statement(
                                        "Allow",
                                        "{\"Service\":\"ec2.amazonaws.com\"}",
                                        "sts:AssumeRole"),
                                ROOT))
                .isFalse();
    }

    @Test
    void evaluateWhenRoleOfTheCallingSessionIsNamedThenAllowed() {
        String byRole =
                statement(
                        "Allow",
                        "{\"AWS\":\"arn:aws:iam::000000000000:role/ci/builder\"}",
                        "sts:AssumeRole");

        assertThat(allowed(byRole, SESSION)).isTrue();
        assertThat(allowed(byRole, "arn:aws:sts::000000000000:assumed-role/other/x")).isFalse();
    }

    @Test
    void evaluateWhenStatementHasConditionThenNotUnderstoodSoNotAllowed() {
        String conditional =
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":"
                        + "{\"AWS\":\"*\"},\"Action\":\"sts:AssumeRole\",\"Condition\":"
                        + "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}}";

        assertThat(allowed(conditional, ROOT)).isFalse();
    }

    @Test
    void evaluateWhenADenyMatchesOrCannotBeEvaluatedThenDeniedDespiteAllow() {
        String allowAndDeny =
                "{\"Statement\":["
                        + inner("Allow", "\"*\"", "sts:AssumeRole")
                        + ","
                        + inner("Deny", "{\"AWS\":\"" + ROOT + "\"}", "sts:AssumeRole")
                        + "]}";
        String allowAndOpaqueDeny =
                "{\"Statement\":["
                        + inner("Allow", "\"*\"", "sts:AssumeRole")
                        + ","
                        + "{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"x\"},"
                        + "\"Action\":\"sts:AssumeRole\"}]}";

        assertThat(allowed(allowAndDeny, ROOT)).isFalse();
        assertThat(allowed(allowAndOpaqueDeny, ROOT)).isFalse();
    }

    private boolean allowed(String policy, String caller) {
        return evaluator
                .evaluate(
                        new TrustRequest(
                                policy, "sts:AssumeRole", "AWS", caller, "000000000000", Map.of()))
                .allowed();
    }

    private static String statement(String effect, String principal, String action) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":"
                + inner(effect, principal, action)
                + "}";
    }

    private static String inner(String effect, String principal, String action) {
        return "{\"Effect\":\""
                + effect
                + "\",\"Principal\":"
                + principal
                + ",\"Action\":\""
                + action
                + "\"}";
    }
}
