package io.cognate.broker.role;

import io.cognate.broker.policy.PolicyDocument;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.LimitExceededException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Adds or replaces an inline permission policy of a role. The document must be valid permission
 * policy grammar, and all of the role's inline policies together stay within IAM's 10,240
 * characters (whitespace not counted). Stored as submitted; evaluating it is the policy engine's.
 */
@ApplicationScoped
public class PutRolePolicy implements AwsOperation<PutRolePolicy.Request, PutRolePolicy.Response> {

    public record Request(String roleName, String policyName, String policyDocument) {}

    public record Response() {}

    private final Pool pool;
    private final RoleRepository roles;
    private final RoleAccess access;
    private final RolePolicies cached;

    PutRolePolicy(Pool pool, RoleRepository roles, RoleAccess access, RolePolicies cached) {
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
        PolicyDocument.parseIdentityPolicy(request.policyDocument());
        InlinePolicy policy = new InlinePolicy(request.policyName(), request.policyDocument());
        return pool.withTransaction(
                        sql ->
                                access.existing(
                                                sql,
                                                context,
                                                "iam:PutRolePolicy",
                                                request.roleName(),
                                                true)
                                        .call(
                                                role ->
                                                        roles.policies(sql, role.roleId())
                                                                .invoke(
                                                                        existing ->
                                                                                requireWithinQuota(
                                                                                        role,
                                                                                        existing,
                                                                                        policy)))
                                        .call(role -> roles.putPolicy(sql, role.roleId(), policy)))
                // After the commit, so that no decision on this replica uses the old document.
                .invoke(role -> cached.invalidate(role.roleId()))
                .replaceWith(new Response());
    }

    private static void requireWithinQuota(
            RoleEntity role, List<InlinePolicy> existing, InlinePolicy replacement) {
        int total = RoleRules.policySize(replacement.document());
        for (InlinePolicy policy : existing) {
            if (!policy.name().equals(replacement.name())) {
                total += RoleRules.policySize(policy.document());
            }
        }
        if (total > RoleRules.MAX_INLINE_POLICY_CHARS) {
            throw new LimitExceededException(
                    "Maximum policy size of "
                            + RoleRules.MAX_INLINE_POLICY_CHARS
                            + " bytes exceeded for role "
                            + role.roleName());
        }
    }
}
