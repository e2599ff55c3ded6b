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

    DeleteRolePolicy(Pool pool, RoleRepository roles, RoleAccess access) {
        this.pool = pool;
        this.roles = roles;
        this.access = access;
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
                                .chain(
                                        role ->
                                                roles.deletePolicy(
                                                        sql, role.roleId(), request.policyName()))
                                .map(
                                        deleted -> {
                                            if (!deleted) {
                                                throw GetRolePolicy.noSuchPolicy(
                                                        request.policyName());
                                            }
                                            return new Response();
                                        }));
    }
}
