package io.cognate.broker.role;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/** Returns a role with its trust policy (URL-encoded, as IAM sends it) and tags. */
@ApplicationScoped
public class GetRole implements AwsOperation<GetRole.Request, GetRole.Response> {

    public record Request(String roleName) {}

    public record Response(Role role) {}

    private final Pool pool;
    private final RoleAccess access;

    GetRole(Pool pool, RoleAccess access) {
        this.pool = pool;
        this.access = access;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        return access.existing(pool, context, "iam:GetRole", request.roleName(), false)
                .map(role -> new Response(Role.detailed(role)));
    }
}
