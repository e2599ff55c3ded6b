package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Returns a pool's tags; a pool without tags answers an empty map. */
@ApplicationScoped
public class ListTagsForResource
        implements AwsOperation<ListTagsForResource.Request, ListTagsForResource.Response> {

    public record Request(String resourceArn) {}

    public record Response(ObjectNode tags) {}

    private final UserPoolRepository pools;

    ListTagsForResource(UserPoolRepository pools) {
        this.pools = pools;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        return pools.requireByArn(request.resourceArn())
                .map(pool -> new Response(PoolTags.of(pool)));
    }
}
