package io.cognate.broker.access;

/**
 * Evaluates a role's trust policy (its {@code AssumeRolePolicyDocument}). The seam for the IAM
 * policy engine, whose bean replaces {@link SimpleTrustPolicyEvaluator} (a {@code @DefaultBean}) as
 * soon as it exists; callers depend on this interface only.
 */
public interface TrustPolicyEvaluator {

    TrustDecision evaluate(TrustRequest request);
}
