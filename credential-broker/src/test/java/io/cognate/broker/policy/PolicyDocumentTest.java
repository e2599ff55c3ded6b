package io.cognate.broker.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The policy grammar: what parses, and IAM's message for each thing that does not. */
class PolicyDocumentTest {

    @Test
    void parseWhenStatementIsAnObjectThenOneStatement() {
        PolicyDocument document =
                PolicyDocument.parseIdentityPolicy(
                        """
                        {"Version": "2012-10-17", "Id": "doc-1",
                         "Statement": {"Sid": "Only", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}}
                        """);

        assertThat(document.version()).isEqualTo("2012-10-17");
        assertThat(document.id()).isEqualTo("doc-1");
        assertThat(document.statements()).hasSize(1);
        assertThat(document.statements().get(0).sid()).isEqualTo("Only");
        assertThat(document.statements().get(0).effect()).isEqualTo(Effect.DENY);
    }

    @Test
    void parseWhenStatementIsAnArrayThenAllInOrder() {
        PolicyDocument document =
                PolicyDocument.parseIdentityPolicy(
                        """
                        {"Version": "2008-10-17", "Statement": [
                          {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": ["*"]},
                          {"Sid": "Two", "Effect": "Deny", "NotAction": "iam:*", "NotResource": "arn:aws:s3:::b"}]}
                        """);

        assertThat(document.version()).isEqualTo("2008-10-17");
        assertThat(document.statements())
                .extracting(Statement::sid, Statement::effect)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, Effect.ALLOW),
                        org.assertj.core.groups.Tuple.tuple("Two", Effect.DENY));
    }

    @Test
    void parseWhenConditionValuesAreNumbersAndBooleansThenReadAsText() {
        PolicyDocument document =
                PolicyDocument.parseIdentityPolicy(
                        """
                        {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*",
                         "Condition": {"NumericLessThanEquals": {"s3:max-keys": 10},
                                       "Bool": {"aws:SecureTransport": true}}}}
                        """);
        ConditionContext context =
                ConditionContext.builder()
                        .put("s3:max-keys", "10")
                        .put("aws:SecureTransport", "true")
                        .build();

        assertThat(Policies.decide(document, context).allowed()).isTrue();
    }

    @Test
    void parseWhenTrustPolicyThenPrincipalKept() {
        PolicyDocument document =
                PolicyDocument.parseTrustPolicy(
                        """
                        {"Version": "2012-10-17", "Statement": {"Effect": "Allow",
                         "Principal": {"Service": ["lambda.amazonaws.com"]}, "Action": "sts:AssumeRole"}}
                        """);

        assertThat(document.statements()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void parseWhenDocumentMalformedThenIamMessage(
            String why, PolicyKind kind, String json, String message) {
        assertThatThrownBy(() -> PolicyDocument.parse(json, kind))
                .isInstanceOf(MalformedPolicyDocument.class)
                .hasMessage(message)
                .satisfies(
                        e -> {
                            MalformedPolicyDocument error = (MalformedPolicyDocument) e;
                            assertThat(error.code()).isEqualTo("MalformedPolicyDocument");
                            assertThat(error.httpStatus()).isEqualTo(400);
                        });
    }

    static Stream<Arguments> malformed() {
        String syntax = "Syntax errors in policy.";
        String json = "This policy contains invalid Json";
        return Stream.of(
                identity("not JSON", "{\"Version\": ", json),
                identity("empty", "", json),
                identity("null document", null, json),
                identity("trailing text", "{\"Statement\": []} trailing", json),
                identity(
                        "duplicate key",
                        "{\"Statement\": {\"Effect\": \"Allow\", \"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}}",
                        json),
                identity("array document", "[]", syntax),
                identity(
                        "unknown top-level element",
                        doc("\"Foo\": 1, \"Statement\": " + ALLOW),
                        syntax),
                identity(
                        "unknown version",
                        "{\"Version\": \"2020-01-01\", \"Statement\": " + ALLOW + "}",
                        syntax),
                identity(
                        "numeric version",
                        "{\"Version\": 2012, \"Statement\": " + ALLOW + "}",
                        syntax),
                identity("no statement", "{\"Version\": \"2012-10-17\"}", syntax),
                identity("empty statement list", doc("\"Statement\": []"), syntax),
                identity("statement is text", doc("\"Statement\": \"Allow\""), syntax),
                identity("statement list holds text", doc("\"Statement\": [\"Allow\"]"), syntax),
                identity(
                        "unknown statement element",
                        stmt("\"Effects\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\""),
                        syntax),
                identity(
                        "no effect",
                        stmt("\"Action\": \"*\", \"Resource\": \"*\""),
                        "Missing required field Effect"),
                identity(
                        "lower-case effect",
                        stmt("\"Effect\": \"allow\", \"Action\": \"*\", \"Resource\": \"*\""),
                        syntax),
                identity(
                        "unknown effect",
                        stmt("\"Effect\": \"Permit\", \"Action\": \"*\", \"Resource\": \"*\""),
                        syntax),
                identity(
                        "no action",
                        stmt("\"Effect\": \"Allow\", \"Resource\": \"*\""),
                        "Policy statement must contain actions."),
                identity(
                        "empty action list",
                        stmt("\"Effect\": \"Allow\", \"Action\": [], \"Resource\": \"*\""),
                        "Policy statement must contain actions."),
                identity(
                        "Action and NotAction",
                        stmt(
                                "\"Effect\": \"Allow\", \"Action\": \"*\", \"NotAction\": \"s3:*\", \"Resource\": \"*\""),
                        syntax),
                identity(
                        "action without vendor",
                        stmt(
                                "\"Effect\": \"Allow\", \"Action\": \"GetObject\", \"Resource\": \"*\""),
                        VENDOR),
                identity(
                        "action with two colons",
                        stmt(
                                "\"Effect\": \"Allow\", \"Action\": \"s3:Get:Object\", \"Resource\": \"*\""),
                        "Actions/Condition can contain only one colon."),
                identity(
                        "action is an object",
                        stmt(
                                "\"Effect\": \"Allow\", \"Action\": {\"s3\": \"Get\"}, \"Resource\": \"*\""),
                        syntax),
                identity(
                        "no resource",
                        stmt("\"Effect\": \"Allow\", \"Action\": \"*\""),
                        "Policy statement must contain resources."),
                identity(
                        "empty resource list",
                        stmt("\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": []"),
                        "Policy statement must contain resources."),
                identity(
                        "resource not an ARN",
                        stmt("\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"bucket\""),
                        "Resource bucket must be in ARN format or \"*\"."),
                identity(
                        "resource ARN too short",
                        stmt(
                                "\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"arn:aws:s3\""),
                        "Resource arn:aws:s3 must be in ARN format or \"*\"."),
                identity(
                        "Resource and NotResource",
                        stmt(
                                "\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\", \"NotResource\": \"*\""),
                        syntax),
                identity(
                        "principal in identity policy",
                        stmt(
                                "\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\""),
                        "Policy document should not specify a principal."),
                identity(
                        "duplicate sid",
                        doc("\"Statement\": [" + sid("A") + ", " + sid("A") + "]"),
                        "Statement IDs (SID) in a single policy must be unique."),
                identity(
                        "numeric sid",
                        stmt(
                                "\"Sid\": 1, \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\""),
                        syntax),
                identity(
                        "sid with a space",
                        stmt(
                                "\"Sid\": \"not ok\", \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\""),
                        "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the"
                                + " regular expression [0-9A-Za-z]*"),
                identity(
                        "unknown condition operator",
                        cond("{\"StringEqualz\": {\"aws:username\": \"a\"}}"),
                        syntax),
                identity(
                        "NullIfExists",
                        cond("{\"NullIfExists\": {\"aws:username\": \"true\"}}"),
                        syntax),
                identity(
                        "set qualifier on Null",
                        cond("{\"ForAnyValue:Null\": {\"aws:username\": \"true\"}}"),
                        syntax),
                identity(
                        "unknown set qualifier",
                        cond("{\"ForSomeValues:StringEquals\": {\"aws:username\": \"a\"}}"),
                        syntax),
                identity("condition is text", cond("\"StringEquals\""), syntax),
                identity("operator without keys", cond("{\"StringEquals\": {}}"), syntax),
                identity(
                        "condition value is an object",
                        cond("{\"StringEquals\": {\"aws:username\": {\"a\": 1}}}"),
                        syntax),
                identity(
                        "condition value is null",
                        cond("{\"StringEquals\": {\"aws:username\": null}}"),
                        syntax),
                identity(
                        "condition key without vendor",
                        cond("{\"StringEquals\": {\"username\": \"a\"}}"),
                        VENDOR),
                identity(
                        "empty condition value list",
                        cond("{\"StringEquals\": {\"aws:username\": []}}"),
                        syntax),
                trust(
                        "resource in trust policy",
                        "\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sts:AssumeRole\", \"Resource\": \"*\"",
                        "Has prohibited field Resource"),
                trust(
                        "NotResource in trust policy",
                        "\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"sts:AssumeRole\", \"NotResource\": \"*\"",
                        "Has prohibited field NotResource"),
                trust(
                        "no principal",
                        "\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\"",
                        "Missing required field Principal"),
                trust(
                        "Principal and NotPrincipal",
                        "\"Effect\": \"Allow\", \"Principal\": \"*\", \"NotPrincipal\": \"*\", \"Action\": \"sts:AssumeRole\"",
                        syntax),
                trust(
                        "principal text other than *",
                        "\"Effect\": \"Allow\", \"Principal\": \"everyone\", \"Action\": \"sts:AssumeRole\"",
                        syntax),
                trust(
                        "empty principal",
                        "\"Effect\": \"Allow\", \"Principal\": {}, \"Action\": \"sts:AssumeRole\"",
                        syntax),
                trust(
                        "unknown principal type",
                        "\"Effect\": \"Allow\", \"Principal\": {\"Robot\": \"r2\"}, \"Action\": \"sts:AssumeRole\"",
                        syntax),
                trust(
                        "empty principal list",
                        "\"Effect\": \"Allow\", \"Principal\": {\"AWS\": []}, \"Action\": \"sts:AssumeRole\"",
                        syntax),
                trust(
                        "AWS principal not an ARN",
                        "\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"alice\"}, \"Action\": \"sts:AssumeRole\"",
                        "Invalid principal in policy: \"AWS\":\"alice\""),
                trust(
                        "no action in trust policy",
                        "\"Effect\": \"Allow\", \"Principal\": \"*\"",
                        "Policy statement must contain actions."));
    }

    private static final String ALLOW =
            "{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}";
    private static final String VENDOR =
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";

    private static String doc(String members) {
        return "{\"Version\": \"2012-10-17\", " + members + "}";
    }

    private static String stmt(String members) {
        return doc("\"Statement\": {" + members + "}");
    }

    private static String sid(String sid) {
        return "{\"Sid\": \""
                + sid
                + "\", \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}";
    }

    private static String cond(String condition) {
        return stmt(
                "\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\", \"Condition\": "
                        + condition);
    }

    private static Arguments identity(String why, String json, String message) {
        return Arguments.of(why, PolicyKind.IDENTITY, json, message);
    }

    private static Arguments trust(String why, String members, String message) {
        return Arguments.of(why, PolicyKind.TRUST, stmt(members), message);
    }
}
