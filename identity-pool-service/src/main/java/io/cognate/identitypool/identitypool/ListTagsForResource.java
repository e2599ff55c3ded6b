package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** A pool's tags; an empty map when it has none. */
@ApplicationScoped
public class ListTagsForResource
        implements AwsOperation<ListTagsForResource.Request, ListTagsForResource.Response> {

    public record Request(String resourceArn) {}

    public record Response(Map<String, String> tags) {}

    private final IdentityPoolRepository pools;

    ListTagsForResource(IdentityPoolRepository pools) {
        this.pools = pools;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        return pools.requireByArn(request.resourceArn()).map(pool -> new Response(pool.tags));
    }
}
