package io.cognate.identitypool.identitypool;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.identitypool.identitypool.PrincipalTagMaps.TagMap;
import io.cognate.identitypool.platform.JsonColumns;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * One provider's principal-tag map; a trusted provider without one maps nothing ({@code
 * UseDefaults} false, no tags).
 */
@ApplicationScoped
public class GetPrincipalTagAttributeMap
        implements AwsOperation<
                GetPrincipalTagAttributeMap.Request, SetPrincipalTagAttributeMap.Response> {

    private static final TypeReference<TagMap> TAG_MAP = new TypeReference<>() {};

    public record Request(String identityPoolId, String identityProviderName) {}

    private final IdentityPoolRepository pools;

    GetPrincipalTagAttributeMap(IdentityPoolRepository pools) {
        this.pools = pools;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<SetPrincipalTagAttributeMap.Response> execute(
            Request request, RequestContext context) {
        String provider = request.identityProviderName();
        return pools.require(request.identityPoolId())
                .map(
                        pool -> {
                            PrincipalTagMaps.requireConfigured(pool, provider);
                            Object stored = pool.principalTagMaps.get(provider);
                            TagMap map =
                                    stored == null
                                            ? new TagMap(false, Map.of())
                                            : JsonColumns.read(stored, TAG_MAP);
                            return new SetPrincipalTagAttributeMap.Response(
                                    pool.id, provider, map.useDefaults(), map.principalTags());
                        });
    }
}
