package io.cognate.broker.access;

import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.platform.PerInstance;
import io.cognate.broker.policy.AccessRequest;
import io.cognate.broker.policy.ConditionContext;
import io.cognate.broker.policy.Decision;
import io.cognate.broker.policy.DecisionEffect;
import io.cognate.broker.policy.MatchedStatement;
import io.cognate.broker.policy.NamedPolicy;
import io.cognate.broker.policy.ParsedPolicies;
import io.cognate.broker.policy.PolicyEvaluator;
import io.cognate.broker.policy.SharedKeys;
import io.cognate.broker.role.RolePolicies;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a role session may do, as IAM decides it: the role's inline policies must allow the action
 * on the resource, and when the session carries a session policy (sealed in its token) that policy
 * must allow it too — the permissions are the intersection, and an explicit Deny in either wins.
 */
@ApplicationScoped
public class SessionPermissions {

    /** The session policy's name in decisions, as the STS console calls it. */
    public static final String SESSION_POLICY = "SessionPolicy";

    /**
     * One question about a session.
     *
     * @param action {@code service:Action}
     * @param resource the resource ARN or {@code *}
     * @param sourceIp the address the request came from, or null when unknown
     * @param now the request's time ({@code aws:CurrentTime})
     * @param requestKeys keys the resource service knows about the request ({@code s3:prefix},
     *     {@code aws:RequestTag/…}), or null; they never override the principal's keys
     */
    public record Ask(
            String action,
            String resource,
            String sourceIp,
            Instant now,
            Map<String, List<String>> requestKeys) {}

    private final RolePolicies roles;
    private final ParsedPolicies parsed;
    private final PolicyEvaluator evaluator;

    /**
     * The keys each session brings ({@link SessionKeys#of}), computed once per opened session: they
     * depend on the principal alone, never on the request or the clock (the request's keys and time
     * are added per request, the expiry checked per request before any decision).
     */
    private final PerInstance<SessionPrincipal, SharedKeys> principalKeys =
            new PerInstance<>(10_000);

    SessionPermissions(RolePolicies roles, ParsedPolicies parsed, PolicyEvaluator evaluator) {
        this.roles = roles;
        this.parsed = parsed;
        this.evaluator = evaluator;
    }

    public Uni<Decision> decide(SqlClient sql, SessionPrincipal session, Ask ask) {
        AccessRequest request =
                AccessRequest.of(ask.action(), ask.resource(), context(session, ask));
        return roles.of(sql, session.roleId())
                .map(rolePolicies -> decide(session, rolePolicies, request));
    }

    /**
     * {@link #decide} without waiting, when the role's policies are in memory ({@link
     * RolePolicies#held}); null when they must be read first.
     */
    public Decision decideHeld(SessionPrincipal session, Ask ask) {
        List<NamedPolicy> held = roles.held(session.roleId());
        if (held == null) {
            return null;
        }
        return decide(
                session,
                held,
                AccessRequest.of(ask.action(), ask.resource(), context(session, ask)));
    }

    private Decision decide(
            SessionPrincipal session, List<NamedPolicy> rolePolicies, AccessRequest request) {
        Decision role = evaluator.evaluate(rolePolicies, request);
        if (session.sessionPolicy() == null || role.effect() == DecisionEffect.EXPLICIT_DENY) {
            return role;
        }
        Decision scoped =
                evaluator.evaluate(
                        new NamedPolicy(SESSION_POLICY, parsed.identity(session.sessionPolicy())),
                        request);
        if (scoped.effect() == DecisionEffect.EXPLICIT_DENY) {
            return scoped;
        }
        if (!role.allowed() || !scoped.allowed()) {
            return new Decision(DecisionEffect.IMPLICIT_DENY, List.of());
        }
        List<MatchedStatement> both = new ArrayList<>(role.matchedStatements());
        both.addAll(scoped.matchedStatements());
        return new Decision(DecisionEffect.ALLOW, both);
    }

    private ConditionContext context(SessionPrincipal session, Ask ask) {
        ConditionContext.Builder keys = ConditionContext.builder();
        if (ask.requestKeys() != null) {
            ask.requestKeys()
                    .forEach(
                            (key, values) -> {
                                if (SessionKeys.isRequestKey(key)) {
                                    keys.put(key, values);
                                }
                            });
        }
        if (ask.sourceIp() != null) {
            keys.put(ConditionContext.SOURCE_IP, ask.sourceIp());
        }
        return keys.shared(principalKeys.of(session, SessionPermissions::principalKeys))
                .currentTime(ask.now())
                .build();
    }

    private static SharedKeys principalKeys(SessionPrincipal session) {
        return SharedKeys.of(SessionKeys.of(session));
    }
}
