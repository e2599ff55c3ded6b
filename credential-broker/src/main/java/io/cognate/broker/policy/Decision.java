package io.cognate.broker.policy;

import java.util.List;

/**
 * The answer to "may this request proceed": the effect and the statements that decided it (the
 * matching Deny statements for {@link DecisionEffect#EXPLICIT_DENY}, the matching Allow statements
 * for {@link DecisionEffect#ALLOW}, none for {@link DecisionEffect#IMPLICIT_DENY}).
 */
public record Decision(DecisionEffect effect, List<MatchedStatement> matchedStatements) {

    public Decision {
        matchedStatements = List.copyOf(matchedStatements);
    }

    static Decision implicitDeny() {
        return new Decision(DecisionEffect.IMPLICIT_DENY, List.of());
    }

    public boolean allowed() {
        return effect == DecisionEffect.ALLOW;
    }
}
