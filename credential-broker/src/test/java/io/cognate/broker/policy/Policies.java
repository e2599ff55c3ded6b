package io.cognate.broker.policy;

import java.util.List;

/** Builders for the documents and requests the policy tests share. */
final class Policies {

    static final String KEY = "test:value";

    private Policies() {}

    /** A 2012-10-17 document with one Allow of everything under {@code conditionJson}. */
    static PolicyDocument allowAllWhen(String conditionJson) {
        return PolicyDocument.parseIdentityPolicy(
                """
                {"Version": "2012-10-17",
                 "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*",
                               "Condition": %s}}
                """
                        .formatted(conditionJson));
    }

    /** The decision on {@code s3:GetObject} of any object, for one identity policy. */
    static Decision decide(PolicyDocument document, ConditionContext context) {
        return decide(document, "s3:GetObject", "arn:aws:s3:::bucket/key", context);
    }

    static Decision decide(
            PolicyDocument document, String action, String resource, ConditionContext context) {
        return new PolicyEvaluator()
                .evaluate(
                        List.of(new NamedPolicy("policy", document)),
                        AccessRequest.of(action, resource, context));
    }

    /** {@link #KEY} with these values, or without the key when {@code values} is null. */
    static ConditionContext withKey(List<String> values) {
        return values == null
                ? ConditionContext.empty()
                : ConditionContext.builder().put(KEY, values).build();
    }
}
