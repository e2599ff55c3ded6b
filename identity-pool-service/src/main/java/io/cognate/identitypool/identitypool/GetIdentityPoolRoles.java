package io.cognate.identitypool.identitypool;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.identitypool.platform.JsonColumns;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** A pool's default roles and role mappings, as last set. */
@ApplicationScoped
public class GetIdentityPoolRoles
        implements AwsOperation<GetIdentityPoolRoles.Request, GetIdentityPoolRoles.Response> {

    private static final TypeReference<Map<String, RoleMapping>> MAPPINGS =
            new TypeReference<>() {};

    public record Request(String identityPoolId) {}

    public record Response(
            String identityPoolId,
            Map<String, String> roles,
            Map<String, RoleMapping> roleMappings) {}

    private final IdentityPoolRepository pools;

    GetIdentityPoolRoles(IdentityPoolRepository pools) {
        this.pools = pools;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        return pools.require(request.identityPoolId())
                .map(
                        pool ->
                                new Response(
                                        pool.id,
                                        pool.roles,
                                        pool.roleMappings.isEmpty()
                                                ? null
                                                : JsonColumns.read(pool.roleMappings, MAPPINGS)));
    }
}
