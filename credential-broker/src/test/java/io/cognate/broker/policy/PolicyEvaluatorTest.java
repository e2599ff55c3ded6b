package io.cognate.broker.policy;

import static io.cognate.broker.policy.Policies.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Deny over Allow over implicit deny, actions, resources, and what a decision reports. */
class PolicyEvaluatorTest {

    private static final PolicyEvaluator EVALUATOR = new PolicyEvaluator();
    private static final String POOL =
            "arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_Abc";

    @Test
    void evaluateWhenAllowAndDenyMatchThenExplicitDenyNamesTheDenyStatement() {
        PolicyDocument document =
                identity(
                        """
                        [{"Sid": "All", "Effect": "Allow", "Action": "cognito-idp:*", "Resource": "*"},
                         {"Sid": "NoDelete", "Effect": "Deny", "Action": "cognito-idp:AdminDelete*",
                          "Resource": "*"}]
                        """);

        Decision delete =
                decide(document, "cognito-idp:AdminDeleteUser", POOL, ConditionContext.empty());
        Decision get = decide(document, "cognito-idp:AdminGetUser", POOL, ConditionContext.empty());

        assertThat(delete.effect()).isEqualTo(DecisionEffect.EXPLICIT_DENY);
        assertThat(delete.matchedStatements())
                .containsExactly(new MatchedStatement("policy", "NoDelete", 1, Effect.DENY));
        assertThat(get.effect()).isEqualTo(DecisionEffect.ALLOW);
        assertThat(get.matchedStatements())
                .containsExactly(new MatchedStatement("policy", "All", 0, Effect.ALLOW));
    }

    @Test
    void evaluateWhenDenyInAnotherPolicyThenItStillWins() {
        NamedPolicy allow =
                new NamedPolicy(
                        "allow",
                        identity(
                                "{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}"));
        NamedPolicy deny =
                new NamedPolicy(
                        "deny",
                        identity(
                                "{\"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::secret/*\"}"));

        Decision decision =
                EVALUATOR.evaluate(
                        List.of(allow, deny),
                        AccessRequest.of(
                                "s3:GetObject", "arn:aws:s3:::secret/x", ConditionContext.empty()));

        assertThat(decision.effect()).isEqualTo(DecisionEffect.EXPLICIT_DENY);
        assertThat(decision.matchedStatements())
                .containsExactly(new MatchedStatement("deny", null, 0, Effect.DENY));
    }

    @Test
    void evaluateWhenNothingMatchesThenImplicitDenyWithoutStatements() {
        PolicyDocument document =
                identity(
                        "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}");

        Decision decision =
                decide(document, "s3:PutObject", "arn:aws:s3:::b/k", ConditionContext.empty());

        assertThat(decision.effect()).isEqualTo(DecisionEffect.IMPLICIT_DENY);
        assertThat(decision.matchedStatements()).isEmpty();
        assertThat(decision.allowed()).isFalse();
    }

    @Test
    void evaluateWhenNoPoliciesThenImplicitDeny() {
        Decision decision =
                EVALUATOR.evaluate(
                        List.of(), AccessRequest.of("s3:GetObject", "*", ConditionContext.empty()));

        assertThat(decision.effect()).isEqualTo(DecisionEffect.IMPLICIT_DENY);
    }

    @Test
    void evaluateWhenSeveralAllowsMatchThenAllAreReported() {
        PolicyDocument document =
                identity(
                        """
                        [{"Sid": "A", "Effect": "Allow", "Action": "s3:Get*", "Resource": "*"},
                         {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
                         {"Sid": "C", "Effect": "Allow", "Action": "s3:Put*", "Resource": "*"}]
                        """);

        Decision decision =
                decide(document, "s3:GetObject", "arn:aws:s3:::b/k", ConditionContext.empty());

        assertThat(decision.matchedStatements())
                .containsExactly(
                        new MatchedStatement("policy", "A", 0, Effect.ALLOW),
                        new MatchedStatement("policy", null, 1, Effect.ALLOW));
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @MethodSource("actions")
    void actionWhenPatternHasWildcardsThenMatchedCaseInsensitively(
            String pattern, String action, boolean allowed) {
        PolicyDocument document =
                identity(
                        "{\"Effect\": \"Allow\", \"Action\": \"%s\", \"Resource\": \"*\"}"
                                .formatted(pattern));

        assertThat(decide(document, action, POOL, ConditionContext.empty()).allowed())
                .isEqualTo(allowed);
    }

    static Stream<Arguments> actions() {
        return Stream.of(
                Arguments.of("cognito-idp:Admin*", "cognito-idp:AdminGetUser", true),
                Arguments.of("cognito-idp:Admin*", "cognito-idp:admingetuser", true),
                Arguments.of("cognito-idp:Admin*", "COGNITO-IDP:ADMINDISABLEUSER", true),
                Arguments.of("cognito-idp:Admin*", "cognito-idp:ListUsers", false),
                Arguments.of("cognito-idp:Admin*", "cognito-identity:AdminX", false),
                Arguments.of("s3:Get?bject", "s3:GetObject", true),
                Arguments.of("s3:Get?bject", "s3:GetObbject", false),
                Arguments.of("*", "iam:CreateRole", true),
                Arguments.of("cognito-idp:*User*", "cognito-idp:AdminCreateUser", true),
                Arguments.of("sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", false));
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @MethodSource("resources")
    void resourceWhenPatternHasWildcardsThenMatchedCaseSensitivelyPerSegment(
            String pattern, String resource, boolean allowed) {
        PolicyDocument document =
                identity(
                        "{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"%s\"}"
                                .formatted(pattern));

        assertThat(decide(document, "s3:GetObject", resource, ConditionContext.empty()).allowed())
                .isEqualTo(allowed);
    }

    static Stream<Arguments> resources() {
        return Stream.of(
                Arguments.of("*", POOL, true),
                Arguments.of("*", "*", true),
                Arguments.of(POOL, POOL, true),
                Arguments.of("arn:aws:cognito-idp:*:000000000000:userpool/*", POOL, true),
                Arguments.of(
                        "arn:aws:cognito-idp:*:000000000000:userpool/*",
                        "arn:aws:cognito-idp:us-east-1:111111111111:userpool/x",
                        false),
                Arguments.of("arn:aws:s3:::Bucket/*", "arn:aws:s3:::bucket/x", false),
                Arguments.of("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b:c", true),
                Arguments.of("arn:aws:s3:::bucket/?", "arn:aws:s3:::bucket/a", true),
                Arguments.of("arn:aws:s3:::bucket/?", "arn:aws:s3:::bucket/ab", false),
                Arguments.of(
                        "arn:aws:*:us-east-1:000000000000:*",
                        "arn:aws:s3:eu-west-1:000000000000:x",
                        false),
                Arguments.of("arn:aws:s3:::bucket", "arn:aws:s3:::bucket/x", false),
                Arguments.of("arn:aws:s3:::bucket/*", "*", false));
    }

    @Test
    void notActionWhenAllowThenEverythingButTheListedActions() {
        PolicyDocument document =
                identity("{\"Effect\": \"Allow\", \"NotAction\": \"iam:*\", \"Resource\": \"*\"}");

        assertThat(decide(document, "s3:GetObject", "*", ConditionContext.empty()).allowed())
                .isTrue();
        assertThat(decide(document, "IAM:CreateRole", "*", ConditionContext.empty()).effect())
                .isEqualTo(DecisionEffect.IMPLICIT_DENY);
    }

    @Test
    void notActionWhenDenyThenDeniesAllButTheListedActions() {
        PolicyDocument document =
                identity(
                        """
                        [{"Effect": "Allow", "Action": "*", "Resource": "*"},
                         {"Sid": "ReadOnly", "Effect": "Deny",
                          "NotAction": ["cognito-idp:Get*", "cognito-idp:List*", "cognito-idp:Describe*"],
                          "Resource": "*"}]
                        """);

        assertThat(
                        decide(document, "cognito-idp:ListUsers", POOL, ConditionContext.empty())
                                .allowed())
                .isTrue();
        assertThat(
                        decide(
                                        document,
                                        "cognito-idp:AdminDeleteUser",
                                        POOL,
                                        ConditionContext.empty())
                                .effect())
                .isEqualTo(DecisionEffect.EXPLICIT_DENY);
    }

    @Test
    void notResourceWhenDenyThenOnlyOtherResourcesAreDenied() {
        PolicyDocument document =
                identity(
                        """
                        [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
                         {"Sid": "PublicOnly", "Effect": "Deny", "Action": "s3:*",
                          "NotResource": ["arn:aws:s3:::public", "arn:aws:s3:::public/*"]}]
                        """);

        assertThat(
                        decide(
                                        document,
                                        "s3:GetObject",
                                        "arn:aws:s3:::public/a",
                                        ConditionContext.empty())
                                .allowed())
                .isTrue();
        Decision privateObject =
                decide(
                        document,
                        "s3:GetObject",
                        "arn:aws:s3:::private/a",
                        ConditionContext.empty());
        assertThat(privateObject.effect()).isEqualTo(DecisionEffect.EXPLICIT_DENY);
        assertThat(privateObject.matchedStatements())
                .extracting(MatchedStatement::sid)
                .containsExactly("PublicOnly");
    }

    @Test
    void notResourceWhenAllowThenGrantsEverythingElse() {
        PolicyDocument document =
                identity(
                        "{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"NotResource\": \"arn:aws:s3:::private/*\"}");

        assertThat(
                        decide(
                                        document,
                                        "s3:GetObject",
                                        "arn:aws:s3:::other/a",
                                        ConditionContext.empty())
                                .allowed())
                .isTrue();
        assertThat(
                        decide(
                                        document,
                                        "s3:GetObject",
                                        "arn:aws:s3:::private/a",
                                        ConditionContext.empty())
                                .allowed())
                .isFalse();
    }

    @Test
    void conditionWhenDenyHasUnmetConditionThenAllowStands() {
        PolicyDocument document =
                identity(
                        """
                        [{"Effect": "Allow", "Action": "*", "Resource": "*"},
                         {"Sid": "NoInsecure", "Effect": "Deny", "Action": "*", "Resource": "*",
                          "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]
                        """);

        ConditionContext secure =
                ConditionContext.builder().put("aws:SecureTransport", "true").build();
        ConditionContext insecure =
                ConditionContext.builder().put("aws:SecureTransport", "false").build();

        assertThat(decide(document, "s3:GetObject", "*", secure).allowed()).isTrue();
        assertThat(decide(document, "s3:GetObject", "*", insecure).effect())
                .isEqualTo(DecisionEffect.EXPLICIT_DENY);
    }

    @Test
    void abacWhenS3PrefixUsesDepartmentTagThenOnlyThatDepartmentIsListed() {
        PolicyDocument document =
                identity(
                        """
                        [{"Sid": "ListOwnDepartment", "Effect": "Allow", "Action": "s3:ListBucket",
                          "Resource": "arn:aws:s3:::corp",
                          "Condition": {"StringLike": {"s3:prefix": ["${aws:PrincipalTag/department}/*"]}}},
                         {"Sid": "ReadOwnDepartment", "Effect": "Allow", "Action": "s3:GetObject",
                          "Resource": "arn:aws:s3:::corp/${aws:PrincipalTag/department}/*"}]
                        """);
        ConditionContext.Builder engineer =
                ConditionContext.builder().principalTag("department", "eng");

        assertThat(
                        decide(
                                        document,
                                        "s3:ListBucket",
                                        "arn:aws:s3:::corp",
                                        engineer.put("s3:prefix", "eng/docs").build())
                                .allowed())
                .isTrue();
        assertThat(
                        decide(
                                        document,
                                        "s3:ListBucket",
                                        "arn:aws:s3:::corp",
                                        engineer.put("s3:prefix", "sales/").build())
                                .allowed())
                .isFalse();
        assertThat(
                        decide(
                                        document,
                                        "s3:ListBucket",
                                        "arn:aws:s3:::corp",
                                        ConditionContext.builder()
                                                .put("s3:prefix", "eng/docs")
                                                .build())
                                .allowed())
                .as("no department tag")
                .isFalse();
        assertThat(
                        decide(
                                        document,
                                        "s3:GetObject",
                                        "arn:aws:s3:::corp/eng/plan.txt",
                                        engineer.build())
                                .allowed())
                .isTrue();
        assertThat(
                        decide(
                                        document,
                                        "s3:GetObject",
                                        "arn:aws:s3:::corp/sales/plan.txt",
                                        engineer.build())
                                .allowed())
                .isFalse();
    }

    @Test
    void abacWhenDynamoLeadingKeysBoundToIdentityThenOnlyOwnItems() {
        PolicyDocument document =
                identity(
                        """
                        {"Sid": "OwnItems", "Effect": "Allow",
                         "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"],
                         "Resource": "arn:aws:dynamodb:us-east-1:000000000000:table/Notes",
                         "Condition": {
                           "ForAllValues:StringEquals": {
                             "dynamodb:LeadingKeys": ["${cognito-identity.amazonaws.com:sub}"]},
                           "Null": {"dynamodb:LeadingKeys": "false"}}}
                        """);
        String table = "arn:aws:dynamodb:us-east-1:000000000000:table/Notes";
        String sub = "us-east-1:8a1e-4c2b";
        ConditionContext.Builder identity =
                ConditionContext.builder().put("cognito-identity.amazonaws.com:sub", sub);

        assertThat(
                        decide(
                                        document,
                                        "dynamodb:GetItem",
                                        table,
                                        identity.put("dynamodb:LeadingKeys", sub).build())
                                .allowed())
                .isTrue();
        assertThat(
                        decide(
                                        document,
                                        "dynamodb:GetItem",
                                        table,
                                        identity.put("dynamodb:LeadingKeys", "us-east-1:other")
                                                .build())
                                .allowed())
                .isFalse();
        assertThat(
                        decide(
                                        document,
                                        "dynamodb:Query",
                                        table,
                                        identity.put("dynamodb:LeadingKeys", List.of(sub, "x"))
                                                .build())
                                .allowed())
                .isFalse();
        assertThat(
                        decide(
                                        document,
                                        "dynamodb:Query",
                                        table,
                                        ConditionContext.builder()
                                                .put("cognito-identity.amazonaws.com:sub", sub)
                                                .build())
                                .allowed())
                .as("ForAllValues alone would pass a missing key; the Null guard refuses it")
                .isFalse();
    }

    private static PolicyDocument identity(String statements) {
        return PolicyDocument.parseIdentityPolicy(
                "{\"Version\": \"2012-10-17\", \"Statement\": " + statements + "}");
    }
}
