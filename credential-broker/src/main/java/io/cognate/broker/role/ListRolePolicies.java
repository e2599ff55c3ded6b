package io.cognate.broker.role;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Lists the names of a role's inline policies, in name order, with IAM's marker paging. */
@ApplicationScoped
public class ListRolePolicies
        implements AwsOperation<ListRolePolicies.Request, ListRolePolicies.Response> {

    public record Request(String roleName, String marker, Integer maxItems) {}

    public record Response(List<String> policyNames, Boolean isTruncated, String marker) {}

    private final Pool pool;
    private final RoleRepository roles;
    private final RoleAccess access;

    ListRolePolicies(Pool pool, RoleRepository roles, RoleAccess access) {
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
        String after = RoleRules.afterMarker(request.marker());
        int size = RoleRules.pageSize(request.maxItems());
        return access.existing(pool, context, "iam:ListRolePolicies", request.roleName(), false)
                .chain(role -> roles.policies(pool, role.roleId()))
                .map(
                        policies -> {
                            List<String> names =
                                    policies.stream()
                                            .map(InlinePolicy::name)
                                            .filter(name -> name.compareTo(after) > 0)
                                            .toList();
                            boolean truncated = names.size() > size;
                            List<String> page = truncated ? names.subList(0, size) : names;
                            return new Response(
                                    page,
                                    truncated,
                                    truncated ? RoleRules.marker(page.get(size - 1)) : null);
                        });
    }
}
