package io.cognate.broker.sts;

import io.cognate.broker.policy.Decision;
import io.cognate.broker.policy.ParsedPolicies;
import io.cognate.broker.policy.TrustPolicyEvaluator;
import io.cognate.broker.policy.WebIdentity;
import io.cognate.broker.role.RoleEntity;
import io.cognate.broker.webidentity.PackedPolicyTooLargeException;
import io.cognate.broker.webidentity.VerifiedWebIdentity;
import io.cognate.contracts.aws.error.AccessDeniedException;
import io.cognate.contracts.aws.error.ValidationError;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Decides an AssumeRoleWithWebIdentity request once its token has verified, in STS's order: the
 * role exists at that ARN; its trust policy allows the token's provider {@code
 * sts:AssumeRoleWithWebIdentity} (and {@code sts:TagSession} with session tags) under the token's
 * condition keys; the duration fits the role's maximum; the session policy and tags fit a session.
 * Who may not assume the role learns only STS's generic {@code AccessDenied}.
 */
@ApplicationScoped
class WebIdentityChecks {

    static final int DEFAULT_DURATION_SECONDS = 3600;

    /** Session policy plus tag characters that make 100 % of a session's packed space. */
    static final int PACKED_BUDGET_CHARS = 4096;

    static final String NOT_AUTHORIZED =
            "Not authorized to perform " + TrustPolicyEvaluator.ASSUME_ROLE_WITH_WEB_IDENTITY;

    /**
     * What is asked, from a verified token (AssumeRoleWithWebIdentity) or from
     * identity-pool-service ({@link IdentityCredentials}): role, session name and duration (null:
     * the default), the identity and the validated session policy.
     */
    record Ask(
            RoleArn arn,
            String sessionName,
            Integer durationSeconds,
            VerifiedWebIdentity identity,
            String sessionPolicy,
            Instant now) {

        int duration() {
            return durationSeconds == null ? DEFAULT_DURATION_SECONDS : durationSeconds;
        }
    }

    /** Either a refusal, or the packed size (percent) of the session to issue. */
    record Outcome(Refusal refusal, int packedPolicySize) {}

    private final TrustPolicyEvaluator trust;
    private final ParsedPolicies parsed;

    WebIdentityChecks(TrustPolicyEvaluator trust, ParsedPolicies parsed) {
        this.trust = trust;
        this.parsed = parsed;
    }

    Outcome decide(RoleEntity role, Ask ask) {
        if (role == null || !role.arn().equalsIgnoreCase(ask.arn().value())) {
            return refuse(
                    "ROLE_NOT_FOUND",
                    "no role has this ARN",
                    new AccessDeniedException(NOT_AUTHORIZED));
        }
        VerifiedWebIdentity identity = ask.identity();
        Decision decision =
                trust.assumeRoleWithWebIdentity(
                        role.arn(),
                        parsed.trust(role.assumeRolePolicy()),
                        new WebIdentity(
                                identity.provider(),
                                identity.audience(),
                                identity.subject(),
                                identity.amr(),
                                identity.principalTags()),
                        ask.now());
        if (!decision.allowed()) {
            return refuse(
                    "TRUST_POLICY_DENIED",
                    decision.effect()
                            + (identity.principalTags().isEmpty() ? "" : " (with session tags)"),
                    new AccessDeniedException(NOT_AUTHORIZED));
        }
        if (ask.duration() > role.maxSessionDuration()) {
            return refuse(
                    "DURATION_EXCEEDS_ROLE_MAXIMUM",
                    ask.duration() + " s asked, role allows " + role.maxSessionDuration(),
                    new ValidationError(
                            "The requested DurationSeconds exceeds the MaxSessionDuration set for"
                                    + " this role."));
        }
        int packed = packedPolicySize(ask);
        if (packed > 100) {
            return refuse(
                    "PACKED_POLICY_TOO_LARGE",
                    packed + " %",
                    new PackedPolicyTooLargeException(
                            "Packed policy consumes "
                                    + packed
                                    + "% of allotted space, please use smaller policy for this"
                                    + " session."));
        }
        return new Outcome(null, packed);
    }

    /**
     * How much of a session's space the session policy and tags take, in percent (0 with neither):
     * STS packs both into the session token, and so does Cognate.
     */
    static int packedPolicySize(Ask ask) {
        int chars =
                ask.sessionPolicy() == null
                        ? 0
                        : ask.sessionPolicy().replaceAll("\\s", "").length();
        for (var tag : ask.identity().principalTags().entrySet()) {
            chars += tag.getKey().length() + tag.getValue().length();
        }
        return chars == 0 ? 0 : Math.max(1, (int) Math.ceil(100.0 * chars / PACKED_BUDGET_CHARS));
    }

    private static Outcome refuse(
            String reason,
            String detail,
            io.cognate.contracts.aws.error.AwsServiceException error) {
        return new Outcome(new Refusal(reason, detail, error), 0);
    }
}
