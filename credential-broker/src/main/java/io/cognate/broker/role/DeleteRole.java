package io.cognate.broker.role;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deletes a role that has no inline policies left; otherwise {@code DeleteConflict}, as IAM
 * requires policies to be deleted first. Credentials already issued for the role stay valid until
 * they expire, as on AWS.
 */
@ApplicationScoped
public class DeleteRole implements AwsOperation<DeleteRole.Request, DeleteRole.Response> {

    public record Request(String roleName) {}

    public record Response() {}

    private final Pool pool;
    private final RoleRepository roles;
    private final RoleAccess access;
    private final RolePolicies cached;
    private final RolesByName byName;

    DeleteRole(
            Pool pool,
            RoleRepository roles,
            RoleAccess access,
            RolePolicies cached,
            RolesByName byName) {
        this.pool = pool;
        this.roles = roles;
        this.access = access;
        this.cached = cached;
        this.byName = byName;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        return pool.withTransaction(
                        sql ->
                                access.existing(
                                                sql,
                                                context,
                                                "iam:DeleteRole",
                                                request.roleName(),
                                                true)
                                        .call(
                                                role ->
                                                        roles.policies(sql, role.roleId())
                                                                .invoke(
                                                                        policies -> {
                                                                            if (!policies
                                                                                    .isEmpty()) {
                                                                                throw new DeleteConflictException(
                                                                                        "Cannot delete entity,"
                                                                                                + " must delete"
                                                                                                + " policies first.");
                                                                            }
                                                                        }))
                                        .call(role -> roles.delete(sql, role.roleId())))
                .invoke(role -> cached.invalidate(role.roleId()))
                .invoke(role -> byName.invalidate(role.roleName()))
                .replaceWith(new Response());
    }
}
