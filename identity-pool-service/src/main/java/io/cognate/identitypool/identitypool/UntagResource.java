package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Removes tags from a pool; keys it does not have are ignored. */
@ApplicationScoped
public class UntagResource implements AwsOperation<UntagResource.Request, UntagResource.Response> {

    public record Request(String resourceArn, List<String> tagKeys) {}

    public record Response() {}

    private final IdentityPoolRepository pools;

    UntagResource(IdentityPoolRepository pools) {
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
                            request.tagKeys().forEach(tags::remove);
                            pool.tags = tags;
                        })
                .replaceWith(new Response());
    }
}
