package io.cognate.broker.policy;

import java.util.List;

/**
 * One parsed statement. Its matching elements stay inside this package; callers see what a decision
 * reports about it.
 */
public final class Statement {

    private final String sid;
    private final Effect effect;
    private final PrincipalElement principal;
    private final ActionElement action;
    private final ResourceElement resource;
    private final List<Condition> conditions;

    Statement(
            String sid,
            Effect effect,
            PrincipalElement principal,
            ActionElement action,
            ResourceElement resource,
            List<Condition> conditions) {
        this.sid = sid;
        this.effect = effect;
        this.principal = principal;
        this.action = action;
        this.resource = resource;
        this.conditions = List.copyOf(conditions);
    }

    /** The {@code Sid}, or null. */
    public String sid() {
        return sid;
    }

    public Effect effect() {
        return effect;
    }

    /** Whether every element of the statement applies to {@code request}. */
    boolean appliesTo(AccessRequest request) {
        if (principal != null && !principal.matches(request.principal())) {
            return false;
        }
        if (!action.matches(request.action())) {
            return false;
        }
        if (resource != null && !resource.matches(request.resource(), request.context())) {
            return false;
        }
        for (Condition condition : conditions) {
            if (!condition.holds(request.context())) {
                return false;
            }
        }
        return true;
    }
}
