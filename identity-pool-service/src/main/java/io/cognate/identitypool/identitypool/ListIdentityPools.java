package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.paging.KeysetToken;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Pages through pools in creation order with an opaque, insert-stable {@code NextToken}. */
@ApplicationScoped
public class ListIdentityPools
        implements AwsOperation<ListIdentityPools.Request, ListIdentityPools.Response> {

    public record Request(Integer maxResults, String nextToken) {}

    public record Summary(String identityPoolId, String identityPoolName) {}

    public record Response(List<Summary> identityPools, String nextToken) {}

    private final IdentityPoolRepository pools;

    ListIdentityPools(IdentityPoolRepository pools) {
        this.pools = pools;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        KeysetToken after = KeysetToken.decodeOrFirst(request.nextToken());
        int limit = request.maxResults();
        return pools.pageAfter(after, limit + 1)
                .map(
                        page -> {
                            List<IdentityPoolEntity> shown =
                                    page.subList(0, Math.min(limit, page.size()));
                            String next =
                                    page.size() > limit
                                            ? shown.get(shown.size() - 1).position().encode()
                                            : null;
                            return new Response(
                                    shown.stream().map(p -> new Summary(p.id, p.name)).toList(),
                                    next);
                        });
    }
}
