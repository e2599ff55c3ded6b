package io.cognate.broker.sts;

import io.cognate.broker.access.ActionAuthorizer;
import io.cognate.broker.access.SessionKeys;
import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.policy.CallerPrincipal;
import io.cognate.broker.policy.ConditionContext;
import io.cognate.broker.policy.Decision;
import io.cognate.broker.policy.ParsedPolicies;
import io.cognate.broker.policy.PolicyDocument;
import io.cognate.broker.policy.TrustPolicyEvaluator;
import io.cognate.broker.role.RoleEntity;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.ValidationError;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides an AssumeRole request, in AWS's order: the role exists at that ARN; the caller's own
 * permissions allow {@code sts:AssumeRole} on it ({@link ActionAuthorizer}); the role's trust
 * policy allows the caller {@code sts:AssumeRole}, plus {@code sts:TagSession} when session tags
 * are passed and {@code sts:SetSourceIdentity} for a source identity ({@link TrustPolicyEvaluator},
 * with the caller's keys, {@code aws:RequestTag/…}, {@code aws:TagKeys} and {@code
 * sts:SourceIdentity}); the duration fits the role's maximum and, for role chaining, one hour.
 */
@ApplicationScoped
class AssumeRoleChecks {

    static final String ACTION = TrustPolicyEvaluator.ASSUME_ROLE;
    static final int CHAINED_MAX_SECONDS = 3600;

    /** What the caller asks for, as the trust policy sees it. */
    record Ask(
            RequestContext context,
            Optional<SessionPrincipal> callerSession,
            int durationSeconds,
            Map<String, String> tags,
            String sourceIdentity,
            String externalId) {}

    private final ActionAuthorizer authorizer;
    private final TrustPolicyEvaluator trust;
    private final ParsedPolicies parsed;

    AssumeRoleChecks(
            ActionAuthorizer authorizer, TrustPolicyEvaluator trust, ParsedPolicies parsed) {
        this.authorizer = authorizer;
        this.trust = trust;
        this.parsed = parsed;
    }

    /** Empty when the credentials may be issued. */
    Uni<Optional<Refusal>> refusal(SqlClient sql, RoleEntity role, RoleArn arn, Ask ask) {
        Caller caller = ask.context().caller().orElseThrow();
        if (role == null || !role.arn().equalsIgnoreCase(arn.value())) {
            return Uni.createFrom()
                    .item(
                            Optional.of(
                                    denied("ROLE_NOT_FOUND", "no role has this ARN", caller, arn)));
        }
        return authorizer
                .allows(sql, ask.context(), ACTION, arn.value())
                .map(
                        allowed ->
                                allowed
                                        ? afterAuthorization(role, arn, caller, ask)
                                        : Optional.of(
                                                denied(
                                                        "CALLER_NOT_AUTHORIZED",
                                                        "the caller's permissions do not allow "
                                                                + ACTION,
                                                        caller,
                                                        arn)));
    }

    private Optional<Refusal> afterAuthorization(
            RoleEntity role, RoleArn arn, Caller caller, Ask ask) {
        PolicyDocument trustPolicy = parsed.trust(role.assumeRolePolicy());
        ConditionContext context = trustContext(caller, ask);
        for (String action : trustActions(ask)) {
            Decision decision =
                    trust.decide(
                            action,
                            role.arn(),
                            trustPolicy,
                            CallerPrincipal.aws(caller.arn()),
                            context);
            if (!decision.allowed()) {
                return Optional.of(
                        denied(
                                "TRUST_POLICY_DENIED",
                                action + ": " + decision.effect(),
                                caller,
                                arn));
            }
        }
        if (ask.durationSeconds() > role.maxSessionDuration()) {
            return Optional.of(
                    new Refusal(
                            "DURATION_EXCEEDS_ROLE_MAXIMUM",
                            ask.durationSeconds()
                                    + " s asked, role allows "
                                    + role.maxSessionDuration(),
                            new ValidationError(
                                    "The requested DurationSeconds exceeds the MaxSessionDuration"
                                            + " set for this role.")));
        }
        if (ask.callerSession().isPresent() && ask.durationSeconds() > CHAINED_MAX_SECONDS) {
            return Optional.of(
                    new Refusal(
                            "DURATION_EXCEEDS_CHAINING_LIMIT",
                            ask.durationSeconds() + " s asked by a role session",
                            new ValidationError(
                                    "The requested DurationSeconds exceeds the 1 hour session limit"
                                            + " for roles assumed by role chaining.")));
        }
        return Optional.empty();
    }

    private static ConditionContext trustContext(Caller caller, Ask ask) {
        ConditionContext.Builder keys = ConditionContext.builder();
        ask.callerSession().map(SessionKeys::of).ifPresent(own -> own.forEach(keys::put));
        if (ask.callerSession().isEmpty()) {
            keys.put("aws:PrincipalArn", caller.arn())
                    .put("aws:PrincipalAccount", caller.accountId())
                    .put("aws:PrincipalType", "Account");
        }
        keys.put(ConditionContext.SOURCE_IP, ask.context().sourceIp());
        if (!ask.tags().isEmpty()) {
            keys.requestTags(ask.tags());
        }
        if (ask.sourceIdentity() != null) {
            keys.put("sts:SourceIdentity", ask.sourceIdentity());
        }
        if (ask.externalId() != null) {
            keys.put("sts:ExternalId", ask.externalId());
        }
        return keys.currentTime(ask.context().receivedAt()).build();
    }

    private static List<String> trustActions(Ask ask) {
        List<String> actions = new ArrayList<>();
        actions.add(ACTION);
        if (!ask.tags().isEmpty()) {
            actions.add(TrustPolicyEvaluator.TAG_SESSION);
        }
        if (ask.sourceIdentity() != null) {
            actions.add("sts:SetSourceIdentity");
        }
        return actions;
    }

    private static Refusal denied(String reason, String detail, Caller caller, RoleArn arn) {
        return Refusal.notAuthorized(reason, detail, caller, ACTION, arn.value());
    }
}
