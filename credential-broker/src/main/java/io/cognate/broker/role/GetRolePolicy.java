package io.cognate.broker.role;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Returns an inline policy of a role, its document URL-encoded as IAM sends it. */
@ApplicationScoped
public class GetRolePolicy implements AwsOperation<GetRolePolicy.Request, GetRolePolicy.Response> {

    public record Request(String roleName, String policyName) {}

    public record Response(String roleName, String policyName, String policyDocument) {}

    private final Pool pool;
    private final RoleRepository roles;
    private final RoleAccess access;

    GetRolePolicy(Pool pool, RoleRepository roles, RoleAccess access) {
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
        return access.existing(pool, context, "iam:GetRolePolicy", request.roleName(), false)
                .chain(
                        role ->
                                roles.policies(pool, role.roleId())
                                        .map(
                                                policies ->
                                                        named(
                                                                role,
                                                                policies,
                                                                request.policyName())));
    }

    private static Response named(RoleEntity role, List<InlinePolicy> policies, String name) {
        return policies.stream()
                .filter(policy -> policy.name().equals(name))
                .findFirst()
                .map(p -> new Response(role.roleName(), p.name(), Role.urlEncoded(p.document())))
                .orElseThrow(() -> noSuchPolicy(name));
    }

    static NoSuchEntityException noSuchPolicy(String policyName) {
        return new NoSuchEntityException(
                "The role policy with name " + policyName + " cannot be found.");
    }
}
