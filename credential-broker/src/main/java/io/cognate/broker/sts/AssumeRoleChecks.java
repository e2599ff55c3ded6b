package io.cognate.broker.sts;

import io.cognate.broker.access.ActionAuthorizer;
import io.cognate.broker.access.TrustDecision;
import io.cognate.broker.access.TrustPolicyEvaluator;
import io.cognate.broker.access.TrustRequest;
import io.cognate.broker.role.RoleEntity;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.ValidationError;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/**
 * Decides an AssumeRole request, in AWS's order: the role exists at that ARN; the caller's own
 * permissions allow {@code sts:AssumeRole} on it ({@link ActionAuthorizer}); the role's trust
 * policy allows the caller {@code sts:AssumeRole}, plus {@code sts:TagSession} when session tags
 * are passed and {@code sts:SetSourceIdentity} for a source identity ({@link
 * TrustPolicyEvaluator}); the duration fits the role's maximum and, for role chaining, one hour.
 */
@ApplicationScoped
class AssumeRoleChecks {

    static final String ACTION = "sts:AssumeRole";
    static final int CHAINED_MAX_SECONDS = 3600;

    private final ActionAuthorizer authorizer;
    private final TrustPolicyEvaluator trust;

    AssumeRoleChecks(ActionAuthorizer authorizer, TrustPolicyEvaluator trust) {
        this.authorizer = authorizer;
        this.trust = trust;
    }

    /** Empty when the credentials may be issued. */
    Uni<Optional<Refusal>> refusal(
            RoleEntity role,
            RoleArn arn,
            Caller caller,
            boolean chained,
            int durationSeconds,
            boolean tagged,
            boolean sourceIdentity) {
        if (role == null || !role.arn().equalsIgnoreCase(arn.value())) {
            return Uni.createFrom()
                    .item(
                            Optional.of(
                                    denied("ROLE_NOT_FOUND", "no role has this ARN", caller, arn)));
        }
        return authorizer
                .allows(caller, ACTION, arn.value())
                .map(
                        allowed ->
                                allowed
                                        ? afterAuthorization(
                                                role,
                                                arn,
                                                caller,
                                                chained,
                                                durationSeconds,
                                                tagged,
                                                sourceIdentity)
                                        : Optional.of(
                                                denied(
                                                        "CALLER_NOT_AUTHORIZED",
                                                        "the caller's permissions do not allow "
                                                                + ACTION,
                                                        caller,
                                                        arn)));
    }

    private Optional<Refusal> afterAuthorization(
            RoleEntity role,
            RoleArn arn,
            Caller caller,
            boolean chained,
            int durationSeconds,
            boolean tagged,
            boolean sourceIdentity) {
        for (String action : trustActions(tagged, sourceIdentity)) {
            TrustDecision decision =
                    trust.evaluate(
                            new TrustRequest(
                                    role.assumeRolePolicy(),
                                    action,
                                    "AWS",
                                    caller.arn(),
                                    caller.accountId(),
                                    Map.of()));
            if (!decision.allowed()) {
                return Optional.of(
                        denied(
                                "TRUST_POLICY_DENIED",
                                action + ": " + decision.reason(),
                                caller,
                                arn));
            }
        }
        if (durationSeconds > role.maxSessionDuration()) {
            return Optional.of(
                    new Refusal(
                            "DURATION_EXCEEDS_ROLE_MAXIMUM",
                            durationSeconds + " s asked, role allows " + role.maxSessionDuration(),
                            new ValidationError(
                                    "The requested DurationSeconds exceeds the MaxSessionDuration"
                                            + " set for this role.")));
        }
        if (chained && durationSeconds > CHAINED_MAX_SECONDS) {
            return Optional.of(
                    new Refusal(
                            "DURATION_EXCEEDS_CHAINING_LIMIT",
                            durationSeconds + " s asked by a role session",
                            new ValidationError(
                                    "The requested DurationSeconds exceeds the 1 hour session limit"
                                            + " for roles assumed by role chaining.")));
        }
        return Optional.empty();
    }

    private static java.util.List<String> trustActions(boolean tagged, boolean sourceIdentity) {
        java.util.List<String> actions = new java.util.ArrayList<>();
        actions.add(ACTION);
        if (tagged) {
            actions.add("sts:TagSession");
        }
        if (sourceIdentity) {
            actions.add("sts:SetSourceIdentity");
        }
        return actions;
    }

    private static Refusal denied(String reason, String detail, Caller caller, RoleArn arn) {
        return Refusal.notAuthorized(reason, detail, caller, ACTION, arn.value());
    }
}
