package io.cognate.broker.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Decides whether a caller may assume a role, from the role's trust policy: STS's {@code
 * AssumeRoleWithWebIdentity} (a federated principal with {@code <provider>:aud/sub/amr} keys) and
 * {@code AssumeRole} (an AWS principal). Passing session tags also needs {@code sts:TagSession}.
 */
@ApplicationScoped
public class TrustPolicyEvaluator {

    public static final String ASSUME_ROLE = "sts:AssumeRole";
    public static final String ASSUME_ROLE_WITH_WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";
    public static final String TAG_SESSION = "sts:TagSession";
    static final String TRUST_POLICY_NAME = "AssumeRolePolicyDocument";

    private final PolicyEvaluator evaluator;

    public TrustPolicyEvaluator(PolicyEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * Whether {@code identity} may assume {@code roleArn}: the trust policy must allow {@code
     * sts:AssumeRoleWithWebIdentity} for the federated principal, and {@code sts:TagSession} too
     * when the identity carries session tags. The first refusal is the answer.
     */
    public Decision assumeRoleWithWebIdentity(
            String roleArn, PolicyDocument trustPolicy, WebIdentity identity, Instant now) {
        ConditionContext context = identity.contextKeys().currentTime(now).build();
        CallerPrincipal caller = CallerPrincipal.federated(identity.provider());
        Decision assume =
                decide(ASSUME_ROLE_WITH_WEB_IDENTITY, roleArn, trustPolicy, caller, context);
        if (!assume.allowed() || identity.sessionTags().isEmpty()) {
            return assume;
        }
        return decide(TAG_SESSION, roleArn, trustPolicy, caller, context);
    }

    /**
     * Whether {@code callerArn} (the account root {@code arn:aws:iam::<account>:root}, or an
     * assumed-role session ARN) may assume {@code roleArn} with {@code sts:AssumeRole}. {@code
     * context} carries the caller's keys (principal tags, source IP, …); the time keys are added
     * from {@code now} unless present.
     */
    public Decision assumeRole(
            String roleArn,
            PolicyDocument trustPolicy,
            String callerArn,
            ConditionContext context,
            Instant now) {
        ConditionContext withTime = context.toBuilder().currentTimeIfAbsent(now).build();
        return decide(ASSUME_ROLE, roleArn, trustPolicy, CallerPrincipal.aws(callerArn), withTime);
    }

    /**
     * Whether the trust policy allows {@code caller} {@code action} ({@code sts:TagSession}, {@code
     * sts:SetSourceIdentity}, …) on {@code roleArn}, with {@code context} as given.
     */
    public Decision decide(
            String action,
            String roleArn,
            PolicyDocument trustPolicy,
            CallerPrincipal caller,
            ConditionContext context) {
        return evaluator.evaluate(
                List.of(new NamedPolicy(TRUST_POLICY_NAME, trustPolicy)),
                new AccessRequest(action, roleArn, caller, context));
    }
}
