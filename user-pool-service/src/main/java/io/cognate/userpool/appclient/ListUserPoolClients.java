package io.cognate.userpool.appclient;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.paging.KeysetToken;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Pages through a pool's clients in creation order with an opaque, insert-stable {@code NextToken};
 * {@code MaxResults} (1–60) defaults to 60.
 */
@ApplicationScoped
public class ListUserPoolClients
        implements AwsOperation<ListUserPoolClients.Request, ListUserPoolClients.Response> {

    static final int DEFAULT_PAGE = 60;

    public record Request(String userPoolId, Integer maxResults, String nextToken) {}

    public record Response(List<ObjectNode> userPoolClients, String nextToken) {}

    private final UserPoolRepository pools;
    private final AppClientRepository clients;

    ListUserPoolClients(UserPoolRepository pools, AppClientRepository clients) {
        this.pools = pools;
        this.clients = clients;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        KeysetToken after = KeysetToken.decodeOrFirst(request.nextToken());
        int limit = request.maxResults() == null ? DEFAULT_PAGE : request.maxResults();
        return pools.require(request.userPoolId())
                .chain(() -> clients.pageAfter(request.userPoolId(), after, limit + 1))
                .map(
                        page -> {
                            List<AppClientEntity> shown =
                                    page.subList(0, Math.min(limit, page.size()));
                            String next =
                                    page.size() > limit
                                            ? shown.get(shown.size() - 1).position().encode()
                                            : null;
                            return new Response(
                                    shown.stream().map(AppClientView::summary).toList(), next);
                        });
    }
}
