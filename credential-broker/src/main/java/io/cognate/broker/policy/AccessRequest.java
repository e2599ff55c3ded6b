package io.cognate.broker.policy;

import java.util.Objects;

/**
 * One request to authorize.
 *
 * @param action {@code service:Action}, e.g. {@code cognito-idp:AdminGetUser}
 * @param resource the resource ARN (for trust policies: the role's ARN), or {@code *}
 * @param principal the caller, needed only when a statement has a {@code Principal}; may be null
 * @param context the request's condition keys, also the source of policy variables
 */
public record AccessRequest(
        String action, String resource, CallerPrincipal principal, ConditionContext context) {

    public AccessRequest {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(context, "context");
    }

    /** A request by an already-authenticated caller, judged by its identity policies. */
    public static AccessRequest of(String action, String resource, ConditionContext context) {
        return new AccessRequest(action, resource, null, context);
    }
}
