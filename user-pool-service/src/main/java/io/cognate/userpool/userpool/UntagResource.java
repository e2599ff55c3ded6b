package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.platform.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Removes tags from a pool by key; keys the pool does not have are ignored. */
@ApplicationScoped
public class UntagResource implements AwsOperation<UntagResource.Request, UntagResource.Response> {

    public record Request(String resourceArn, List<String> tagKeys) {}

    public record Response() {}

    private final UserPoolRepository pools;
    private final Outbox outbox;

    UntagResource(UserPoolRepository pools, Outbox outbox) {
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
                            tags.remove(request.tagKeys());
                            return PoolTags.store(pool, tags, outbox, context);
                        })
                .replaceWith(new Response());
    }
}
