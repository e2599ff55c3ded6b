package io.cognate.broker.access;

import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.AccessDeniedException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Decides whether the verified caller of a Query API request may perform an action (IAM's {@code
 * iam:CreateRole}, STS's {@code sts:AssumeRole}) on a resource: the account root always, a role
 * session when its role's policies (and its session policy) allow it ({@link
 * PolicyActionAuthorizer}).
 */
public interface ActionAuthorizer {

    /**
     * @param sql where to read the role's policies (the operation's transaction, if any)
     * @param context the request: its caller, source address and time feed the condition keys
     * @param action the IAM action, {@code service:Action}
     * @param resource the ARN acted on
     */
    Uni<Boolean> allows(SqlClient sql, RequestContext context, String action, String resource);

    /** Fails with {@code AccessDenied}, in AWS's words, unless {@link #allows}. */
    default Uni<Void> require(
            SqlClient sql, RequestContext context, String action, String resource) {
        Caller caller = context.caller().orElseThrow();
        return allows(sql, context, action, resource)
                .map(
                        allowed -> {
                            if (!allowed) {
                                throw notAuthorized(caller, action, resource);
                            }
                            return null;
                        });
    }

    static AccessDeniedException notAuthorized(Caller caller, String action, String resource) {
        return new AccessDeniedException(
                "User: "
                        + caller.arn()
                        + " is not authorized to perform: "
                        + action
                        + " on resource: "
                        + resource);
    }
}
