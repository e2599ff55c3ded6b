package io.cognate.broker.role;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Replaces a role's trust policy (same grammar and quota as at CreateRole). Credentials already
 * issued stay valid until they expire; the new policy governs who may assume the role from now on.
 */
@ApplicationScoped
public class UpdateAssumeRolePolicy
        implements AwsOperation<UpdateAssumeRolePolicy.Request, UpdateAssumeRolePolicy.Response> {

    public record Request(String roleName, String policyDocument) {}

    public record Response() {}

    private final Pool pool;
    private final RoleRepository roles;
    private final RoleAccess access;
    private final RolesByName byName;

    UpdateAssumeRolePolicy(Pool pool, RoleRepository roles, RoleAccess access, RolesByName byName) {
        this.pool = pool;
        this.roles = roles;
        this.access = access;
        this.byName = byName;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        RoleRules.requireTrustPolicy(request.policyDocument());
        return pool.withTransaction(
                        sql ->
                                access.existing(
                                                sql,
                                                context,
                                                "iam:UpdateAssumeRolePolicy",
                                                request.roleName(),
                                                true)
                                        .call(
                                                role ->
                                                        roles.updateTrustPolicy(
                                                                sql,
                                                                role.roleId(),
                                                                request.policyDocument())))
                .invoke(() -> byName.invalidate(request.roleName()))
                .replaceWith(new Response());
    }
}
