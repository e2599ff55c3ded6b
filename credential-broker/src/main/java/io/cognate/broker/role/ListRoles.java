package io.cognate.broker.role;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Lists roles by name, optionally under a path prefix, in pages of {@code MaxItems} (default 100)
 * with IAM's {@code IsTruncated}/{@code Marker} paging. Tags are left out, as IAM leaves them out.
 */
@ApplicationScoped
public class ListRoles implements AwsOperation<ListRoles.Request, ListRoles.Response> {

    public record Request(String pathPrefix, String marker, Integer maxItems) {}

    public record Response(List<Role> roles, Boolean isTruncated, String marker) {}

    private final Pool pool;
    private final RoleRepository roles;
    private final RoleAccess access;

    ListRoles(Pool pool, RoleRepository roles, RoleAccess access) {
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
        String prefix = request.pathPrefix() == null ? "/" : request.pathPrefix();
        String after = RoleRules.afterMarker(request.marker());
        int size = RoleRules.pageSize(request.maxItems());
        return access.authorize(pool, context, "iam:ListRoles", access.arn(prefix, "*"))
                .chain(() -> roles.list(pool, prefix, after, size + 1))
                .map(found -> page(found, size));
    }

    private static Response page(List<RoleEntity> found, int size) {
        boolean truncated = found.size() > size;
        List<RoleEntity> page = truncated ? found.subList(0, size) : found;
        String marker =
                truncated
                        ? RoleRules.marker(RoleRepository.key(page.get(size - 1).roleName()))
                        : null;
        return new Response(page.stream().map(Role::listed).toList(), truncated, marker);
    }
}
