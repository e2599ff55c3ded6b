package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.platform.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Adds tags to a pool, or replaces the values of keys it already has. */
@ApplicationScoped
public class TagResource implements AwsOperation<TagResource.Request, TagResource.Response> {

    public record Request(String resourceArn, Map<String, String> tags) {}

    public record Response() {}

    private final UserPoolRepository pools;
    private final Outbox outbox;

    TagResource(UserPoolRepository pools, Outbox outbox) {
        this.pools = pools;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return pools.requireByArn(request.resourceArn())
                .call(
                        pool -> {
                            ObjectNode tags = PoolTags.of(pool);
                            request.tags().forEach(tags::put);
                            TagRules.require(tags);
                            return PoolTags.store(pool, tags, outbox, context);
                        })
                .replaceWith(new Response());
    }
}
