package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.identitypool.identitypool.PrincipalTagMaps.TagMap;
import io.cognate.identitypool.platform.JsonColumns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** Sets which claims of one provider's tokens become principal (session) tags. */
@ApplicationScoped
public class SetPrincipalTagAttributeMap
        implements AwsOperation<
                SetPrincipalTagAttributeMap.Request, SetPrincipalTagAttributeMap.Response> {

    public record Request(
            String identityPoolId,
            String identityProviderName,
            Boolean useDefaults,
            Map<String, String> principalTags) {}

    public record Response(
            String identityPoolId,
            String identityProviderName,
            Boolean useDefaults,
            Map<String, String> principalTags) {}

    private final IdentityPoolRepository pools;
    private final PoolViews views;

    SetPrincipalTagAttributeMap(IdentityPoolRepository pools, PoolViews views) {
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
        String provider = request.identityProviderName();
        return Panache.withTransaction(
                        () ->
                                pools.require(request.identityPoolId())
                                        .map(
                                                pool -> {
                                                    PrincipalTagMaps.requireConfigured(
                                                            pool, provider);
                                                    TagMap map =
                                                            PrincipalTagMaps.resolve(
                                                                    provider,
                                                                    request.useDefaults(),
                                                                    request.principalTags());
                                                    Map<String, Object> maps =
                                                            new HashMap<>(pool.principalTagMaps);
                                                    maps.put(provider, JsonColumns.toMap(map));
                                                    pool.principalTagMaps = maps;
                                                    return new Response(
                                                            pool.id,
                                                            provider,
                                                            map.useDefaults(),
                                                            map.principalTags());
                                                }))
                .onTermination()
                .invoke(() -> views.forget(request.identityPoolId()));
    }
}
