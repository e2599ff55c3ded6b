package io.cognate.broker.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM's evaluation logic for one set of policies: an explicit Deny wins over any Allow, an Allow
 * wins over the implicit deny. Stateless and thread-safe; pure CPU, cheap enough for the event
 * loop.
 */
@ApplicationScoped
public class PolicyEvaluator {

    /** Judges {@code request} against every statement of {@code policies}. */
    public Decision evaluate(List<NamedPolicy> policies, AccessRequest request) {
        List<MatchedStatement> allows = new ArrayList<>();
        List<MatchedStatement> denies = new ArrayList<>();
        for (NamedPolicy policy : policies) {
            List<Statement> statements = policy.document().statements();
            for (int index = 0; index < statements.size(); index++) {
                Statement statement = statements.get(index);
                if (statement.appliesTo(request)) {
                    var matched =
                            new MatchedStatement(
                                    policy.name(), statement.sid(), index, statement.effect());
                    (statement.effect() == Effect.DENY ? denies : allows).add(matched);
                }
            }
        }
        if (!denies.isEmpty()) {
            return new Decision(DecisionEffect.EXPLICIT_DENY, denies);
        }
        if (!allows.isEmpty()) {
            return new Decision(DecisionEffect.ALLOW, allows);
        }
        return Decision.implicitDeny();
    }

    /** {@link #evaluate(List, AccessRequest)} for a single policy. */
    public Decision evaluate(NamedPolicy policy, AccessRequest request) {
        return evaluate(List.of(policy), request);
    }
}
