package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** Adds tags to a pool, or replaces the values of keys it already has. */
@ApplicationScoped
public class TagResource implements AwsOperation<TagResource.Request, TagResource.Response> {

    public record Request(String resourceArn, Map<String, String> tags) {}

    public record Response() {}

    private final IdentityPoolRepository pools;

    TagResource(IdentityPoolRepository pools) {
        this.pools = pools;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return pools.requireByArn(request.resourceArn())
                .invoke(
                        pool -> {
                            Map<String, String> tags = new HashMap<>(pool.tags);
                            tags.putAll(request.tags());
                            TagRules.require(tags);
                            pool.tags = tags;
                        })
                .replaceWith(new Response());
    }
}
