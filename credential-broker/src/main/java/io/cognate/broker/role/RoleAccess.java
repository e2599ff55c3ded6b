package io.cognate.broker.role;

import io.cognate.broker.access.ActionAuthorizer;
import io.cognate.broker.platform.CognateConfig;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What every role operation does first: find the role and make sure the caller may act on it. The
 * authorizer is asked before a missing role is reported, so only callers allowed to act on a role
 * learn whether it exists.
 */
@ApplicationScoped
class RoleAccess {

    private final RoleRepository roles;
    private final ActionAuthorizer authorizer;
    private final String accountId;

    RoleAccess(RoleRepository roles, ActionAuthorizer authorizer, CognateConfig config) {
        this.roles = roles;
        this.authorizer = authorizer;
        this.accountId = config.accountId();
    }

    /** {@code arn:aws:iam::<account>:role<path><name>}. */
    String arn(String path, String roleName) {
        return "arn:aws:iam::" + accountId + ":role" + path + roleName;
    }

    Uni<Void> authorize(SqlClient sql, RequestContext context, String action, String resourceArn) {
        return authorizer.require(sql, context, action, resourceArn);
    }

    /**
     * The role, once the caller is allowed {@code action} on it; {@code NoSuchEntity} when there is
     * no such role. With {@code lock}, the row stays locked until the transaction ends.
     */
    Uni<RoleEntity> existing(
            SqlClient sql, RequestContext context, String action, String roleName, boolean lock) {
        return (lock ? roles.lockByName(sql, roleName) : roles.findByName(sql, roleName))
                .call(
                        role ->
                                authorize(
                                        sql,
                                        context,
                                        action,
                                        role == null ? arn("/", roleName) : role.arn()))
                .onItem()
                .ifNull()
                .failWith(
                        () ->
                                new NoSuchEntityException(
                                        "The role with name " + roleName + " cannot be found."));
    }
}
