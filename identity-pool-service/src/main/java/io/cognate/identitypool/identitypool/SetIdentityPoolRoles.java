package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.identitypool.platform.JsonColumns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Replaces a pool's default roles and its role mappings. */
@ApplicationScoped
public class SetIdentityPoolRoles
        implements AwsOperation<SetIdentityPoolRoles.Request, SetIdentityPoolRoles.Response> {

    public record Request(
            String identityPoolId,
            Map<String, String> roles,
            Map<String, RoleMapping> roleMappings) {}

    public record Response() {}

    private final IdentityPoolRepository pools;
    private final PoolViews views;

    SetIdentityPoolRoles(IdentityPoolRepository pools, PoolViews views) {
        this.pools = pools;
        this.views = views;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    /** The pool's cached settings are forgotten once the transaction has ended. */
    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        return Panache.withTransaction(
                        () ->
                                pools.require(request.identityPoolId())
                                        .invoke(
                                                pool -> {
                                                    RoleRules.require(
                                                            request.roles(),
                                                            request.roleMappings(),
                                                            pool.providers());
                                                    pool.roles = Map.copyOf(request.roles());
                                                    Map<String, Object> mappings =
                                                            new LinkedHashMap<>();
                                                    if (request.roleMappings() != null) {
                                                        request.roleMappings()
                                                                .forEach(
                                                                        (k, v) ->
                                                                                mappings.put(
                                                                                        k,
                                                                                        JsonColumns
                                                                                                .toMap(
                                                                                                        v)));
                                                    }
                                                    pool.roleMappings = mappings;
                                                })
                                        .replaceWith(new Response()))
                .onTermination()
                .invoke(() -> views.forget(request.identityPoolId()));
    }
}
