package io.cognate.broker.access;

import io.cognate.broker.policy.Decision;
import io.cognate.broker.protocol.CallerCredentials;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The account root may do anything in its account (as on AWS); a role session may do what its
 * role's inline policies allow, narrowed by its session policy ({@link SessionPermissions}). Nobody
 * else signs requests to the broker.
 */
@ApplicationScoped
public class PolicyActionAuthorizer implements ActionAuthorizer {

    private final CallerCredentials callers;
    private final SessionPermissions permissions;

    PolicyActionAuthorizer(CallerCredentials callers, SessionPermissions permissions) {
        this.callers = callers;
        this.permissions = permissions;
    }

    @Override
    public Uni<Boolean> allows(
            SqlClient sql, RequestContext context, String action, String resource) {
        Caller caller = context.caller().orElseThrow();
        if (isAccountRoot(caller)) {
            return Uni.createFrom().item(true);
        }
        return callers.sessionOf(caller)
                .map(
                        session ->
                                permissions
                                        .decide(
                                                sql,
                                                session,
                                                new SessionPermissions.Ask(
                                                        action,
                                                        resource,
                                                        context.sourceIp(),
                                                        context.receivedAt(),
                                                        null))
                                        .map(Decision::allowed))
                .orElseGet(() -> Uni.createFrom().item(false));
    }

    static boolean isAccountRoot(Caller caller) {
        return caller.arn().equals("arn:aws:iam::" + caller.accountId() + ":root");
    }
}
