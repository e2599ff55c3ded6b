package io.cognate.broker.role;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/** Deletes an inline policy of a role; {@code NoSuchEntity} when the role has no such policy. */
@ApplicationScoped
public class DeleteRolePolicy
        implements AwsOperation<DeleteRolePolicy.Request, DeleteRolePolicy.Response> {

    public record Request(String roleName, String policyName) {}

    public record Response() {}

    private final Pool pool;
    private final RoleRepository roles;
    private final RoleAccess access;
    private final RolePolicies cached;

    DeleteRolePolicy(Pool pool, RoleRepository roles, RoleAccess access, RolePolicies cached) {
        this.pool = pool;
        this.roles = roles;
        this.access = access;
        this.cached = cached;
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
                                                "iam:DeleteRolePolicy",
                                                request.roleName(),
                                                true)
                                        .call(
                                                role ->
                                                        roles.deletePolicy(
                                                                        sql,
                                                                        role.roleId(),
                                                                        request.policyName())
                                                                .invoke(
                                                                        deleted -> {
                                                                            if (!deleted) {
                                                                                throw GetRolePolicy
                                                                                        .noSuchPolicy(
                                                                                                request
                                                                                                        .policyName());
                                                                            }
                                                                        })))
                // After the commit, so that no decision on this replica uses the deleted policy.
                .invoke(role -> cached.invalidate(role.roleId()))
                .replaceWith(new Response());
    }
}
