package io.cognate.broker.policy;

import static io.cognate.broker.policy.Policies.allowAllWhen;
import static io.cognate.broker.policy.Policies.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy variables in Resource and Condition values: resolution from the request, defaults,
 * escapes, and the rule that an unresolvable variable makes its element match nothing.
 */
class PolicyVariablesTest {

    private static final String SUB = "cognito-identity.amazonaws.com:sub";

    @ParameterizedTest(name = "{0} for {2} -> {3}")
    @MethodSource("resources")
    void resourceWhenVariableInPatternThenResolvedFromRequest(
            String pattern, ConditionContext context, String resource, boolean allowed) {
        PolicyDocument policy =
                PolicyDocument.parseIdentityPolicy(
                        """
                        {"Version": "2012-10-17",
                         "Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "%s"}}
                        """
                                .formatted(pattern));

        assertThat(decide(policy, "s3:GetObject", resource, context).allowed()).isEqualTo(allowed);
    }

    static Stream<Arguments> resources() {
        ConditionContext alice = ConditionContext.builder().put("aws:username", "alice").build();
        ConditionContext star = ConditionContext.builder().principalTag("team", "*").build();
        ConditionContext identity =
                ConditionContext.builder().put(SUB, "us-east-1:1111-2222").build();
        ConditionContext twoAmr =
                ConditionContext.builder()
                        .put("cognito-identity.amazonaws.com:amr", List.of("authenticated", "x"))
                        .build();
        String home = "arn:aws:s3:::bucket/home/${aws:username}/*";
        return Stream.of(
                row(home, alice, "arn:aws:s3:::bucket/home/alice/file", true),
                row(home, alice, "arn:aws:s3:::bucket/home/bob/file", false),
                row(home, ConditionContext.empty(), "arn:aws:s3:::bucket/home/alice/file", false),
                row(
                        home,
                        ConditionContext.empty(),
                        "arn:aws:s3:::bucket/home/${aws:username}/f",
                        false),
                row(
                        "arn:aws:s3:::bucket/home/${AWS:UserName}/*",
                        alice,
                        "arn:aws:s3:::bucket/home/alice/x",
                        true),
                row(
                        "arn:aws:s3:::b/${aws:userid}",
                        userid("AROAEXAMPLE:s"),
                        "arn:aws:s3:::b/AROAEXAMPLE:s",
                        true),
                // A substituted value is plain text: a tag "*" does not become a wildcard.
                row(
                        "arn:aws:s3:::b/${aws:PrincipalTag/team}/x",
                        star,
                        "arn:aws:s3:::b/other/x",
                        false),
                row("arn:aws:s3:::b/${aws:PrincipalTag/team}/x", star, "arn:aws:s3:::b/*/x", true),
                row(
                        "arn:aws:s3:::b/cognito/${cognito-identity.amazonaws.com:sub}/*",
                        identity,
                        "arn:aws:s3:::b/cognito/us-east-1:1111-2222/photo.jpg",
                        true),
                row(
                        "arn:aws:s3:::b/cognito/${cognito-identity.amazonaws.com:sub}/*",
                        identity,
                        "arn:aws:s3:::b/cognito/us-east-1:9999/photo.jpg",
                        false),
                // A multivalued key cannot be a variable.
                row(
                        "arn:aws:s3:::b/${cognito-identity.amazonaws.com:amr}",
                        twoAmr,
                        "arn:aws:s3:::b/authenticated",
                        false),
                row("arn:aws:s3:::b/literal${*}", alice, "arn:aws:s3:::b/literal*", true),
                row("arn:aws:s3:::b/literal${*}", alice, "arn:aws:s3:::b/literalX", false),
                row("arn:aws:s3:::b/what${?}", alice, "arn:aws:s3:::b/what?", true),
                row("arn:aws:s3:::b/what${?}", alice, "arn:aws:s3:::b/whatX", false),
                row(
                        "arn:aws:s3:::b/${$}{aws:username}",
                        alice,
                        "arn:aws:s3:::b/${aws:username}",
                        true),
                row("arn:aws:s3:::b/${$}{aws:username}", alice, "arn:aws:s3:::b/alice", false),
                row(
                        "arn:aws:s3:::b/${aws:PrincipalTag/team, 'shared'}/*",
                        ConditionContext.empty(),
                        "arn:aws:s3:::b/shared/x",
                        true),
                row(
                        "arn:aws:s3:::b/${aws:PrincipalTag/team, 'shared'}/*",
                        star,
                        "arn:aws:s3:::b/shared/x",
                        false),
                row(
                        "arn:aws:s3:::b/${ aws:PrincipalTag/team ,  'it''s' }",
                        ConditionContext.empty(),
                        "arn:aws:s3:::b/it's",
                        true),
                row(
                        "arn:aws:s3:::b/${aws:username, ''}x",
                        ConditionContext.empty(),
                        "arn:aws:s3:::b/x",
                        true),
                // Malformed variables never resolve; a lone "${" is plain text.
                row("arn:aws:s3:::b/${}", alice, "arn:aws:s3:::b/", false),
                row(
                        "arn:aws:s3:::b/${aws:username, default}",
                        ConditionContext.empty(),
                        "arn:aws:s3:::b/default",
                        false),
                row("arn:aws:s3:::b/${aws:username", alice, "arn:aws:s3:::b/${aws:username", true),
                // One round only: a value that looks like a variable stays text.
                row(
                        "arn:aws:s3:::b/${aws:username}",
                        ConditionContext.builder()
                                .put("aws:username", "${aws:userid}")
                                .put("aws:userid", "x")
                                .build(),
                        "arn:aws:s3:::b/${aws:userid}",
                        true));
    }

    @Test
    void resourceWhenDocumentIsVersion2008ThenVariablesAreLiteral() {
        PolicyDocument policy =
                PolicyDocument.parseIdentityPolicy(
                        """
                        {"Version": "2008-10-17",
                         "Statement": {"Effect": "Allow", "Action": "s3:*",
                                       "Resource": "arn:aws:s3:::b/${aws:username}"}}
                        """);
        ConditionContext alice = ConditionContext.builder().put("aws:username", "alice").build();

        assertThat(decide(policy, "s3:GetObject", "arn:aws:s3:::b/alice", alice).allowed())
                .isFalse();
        assertThat(
                        decide(policy, "s3:GetObject", "arn:aws:s3:::b/${aws:username}", alice)
                                .allowed())
                .isTrue();
    }

    @Test
    void resourceWhenNoVersionThenVariablesAreLiteral() {
        PolicyDocument policy =
                PolicyDocument.parseIdentityPolicy(
                        """
                        {"Statement": {"Effect": "Allow", "Action": "s3:*",
                                       "Resource": "arn:aws:s3:::b/${aws:username}"}}
                        """);

        assertThat(policy.version()).isEqualTo("2008-10-17");
        assertThat(
                        decide(
                                        policy,
                                        "s3:GetObject",
                                        "arn:aws:s3:::b/alice",
                                        ConditionContext.builder()
                                                .put("aws:username", "alice")
                                                .build())
                                .allowed())
                .isFalse();
    }

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @MethodSource("conditions")
    void conditionWhenVariableInValueThenResolvedFromRequest(
            String condition, ConditionContext context, boolean allowed) {
        assertThat(decide(allowAllWhen(condition), context).allowed()).isEqualTo(allowed);
    }

    static Stream<Arguments> conditions() {
        Instant now = Instant.parse("2024-06-01T12:00:00Z");
        return Stream.of(
                row(
                        "{\"StringEquals\": {\"aws:RequestTag/owner\": \"${aws:username}\"}}",
                        ConditionContext.builder()
                                .put("aws:username", "alice")
                                .requestTags(java.util.Map.of("owner", "alice"))
                                .build(),
                        true),
                row(
                        "{\"StringEquals\": {\"aws:RequestTag/owner\": \"${aws:username}\"}}",
                        ConditionContext.builder()
                                .put("aws:username", "alice")
                                .requestTags(java.util.Map.of("owner", "bob"))
                                .build(),
                        false),
                row(
                        "{\"StringEquals\": {\"aws:ResourceTag/project\": \"${aws:RequestTag/project}\"}}",
                        ConditionContext.builder()
                                .put("aws:ResourceTag/project", "p1")
                                .requestTags(java.util.Map.of("project", "p1"))
                                .build(),
                        true),
                row(
                        "{\"StringEquals\": {\"test:aud\": \"${cognito-identity.amazonaws.com:aud}\"}}",
                        ConditionContext.builder()
                                .put("test:aud", "us-east-1:pool")
                                .put("cognito-identity.amazonaws.com:aud", "us-east-1:pool")
                                .build(),
                        true),
                row(
                        "{\"StringEquals\": {\"test:amr\": \"${cognito-identity.amazonaws.com:amr}\"}}",
                        ConditionContext.builder()
                                .put("test:amr", "unauthenticated")
                                .put("cognito-identity.amazonaws.com:amr", "unauthenticated")
                                .build(),
                        true),
                row(
                        "{\"DateGreaterThan\": {\"test:expiry\": \"${aws:CurrentTime}\"}}",
                        ConditionContext.builder()
                                .currentTime(now)
                                .put("test:expiry", "2024-06-02T00:00:00Z")
                                .build(),
                        true),
                row(
                        "{\"DateGreaterThan\": {\"test:expiry\": \"${aws:CurrentTime}\"}}",
                        ConditionContext.builder()
                                .currentTime(now)
                                .put("test:expiry", "2024-05-01T00:00:00Z")
                                .build(),
                        false),
                row(
                        "{\"StringEquals\": {\"test:origin\": \"${aws:SourceIp}\"}}",
                        ConditionContext.builder()
                                .put("aws:SourceIp", "192.0.2.7")
                                .put("test:origin", "192.0.2.7")
                                .build(),
                        true),
                row(
                        "{\"StringLike\": {\"test:value\": \"what${?}\"}}",
                        ConditionContext.builder().put("test:value", "whatx").build(),
                        false),
                row(
                        "{\"StringLike\": {\"test:value\": \"${aws:PrincipalTag/team, 'none'}-*\"}}",
                        ConditionContext.builder().put("test:value", "none-1").build(),
                        true),
                // Unresolvable: no match for a positive operator, and no proof for a negated one.
                row(
                        "{\"StringEquals\": {\"test:value\": \"${aws:username}\"}}",
                        ConditionContext.builder().put("test:value", "x").build(),
                        false),
                row(
                        "{\"StringNotEquals\": {\"test:value\": \"${aws:username}\"}}",
                        ConditionContext.builder().put("test:value", "x").build(),
                        false),
                row(
                        "{\"StringEquals\": {\"test:value\": [\"${aws:username}\", \"x\"]}}",
                        ConditionContext.builder().put("test:value", "x").build(),
                        true));
    }

    @Test
    void notResourceWhenVariableUnresolvableThenStatementDoesNotApply() {
        PolicyDocument policy =
                PolicyDocument.parseIdentityPolicy(
                        """
                        {"Version": "2012-10-17",
                         "Statement": [
                           {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
                           {"Sid": "OnlyOwnHome", "Effect": "Deny", "Action": "s3:*",
                            "NotResource": "arn:aws:s3:::b/home/${aws:username}/*"}]}
                        """);

        Decision unknownUser =
                decide(
                        policy,
                        "s3:GetObject",
                        "arn:aws:s3:::b/home/bob/x",
                        ConditionContext.empty());
        Decision alice =
                decide(
                        policy,
                        "s3:GetObject",
                        "arn:aws:s3:::b/home/bob/x",
                        ConditionContext.builder().put("aws:username", "alice").build());

        assertThat(unknownUser.effect()).isEqualTo(DecisionEffect.ALLOW);
        assertThat(alice.effect()).isEqualTo(DecisionEffect.EXPLICIT_DENY);
    }

    private static ConditionContext userid(String id) {
        return ConditionContext.builder().put("aws:userid", id).build();
    }

    private static Arguments row(Object... values) {
        return Arguments.of(values);
    }
}
