package io.cognate.userpool.group;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.paging.KeysetToken;
import io.cognate.userpool.userpool.UserPoolStore;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Pages through a pool's groups in creation order with an opaque, insert-stable {@code NextToken}.
 * {@code Limit} is 0–60 in the model; without one, or with 0, a page holds 60 groups.
 */
@ApplicationScoped
public class ListGroups implements AwsOperation<ListGroups.Request, ListGroups.Response> {

    static final int MAX_LIMIT = 60;

    public record Request(String userPoolId, Integer limit, String nextToken) {}

    public record Response(List<GroupType> groups, String nextToken) {}

    private final UserPoolStore pools;
    private final GroupRepository groups;

    ListGroups(UserPoolStore pools, GroupRepository groups) {
        this.pools = pools;
        this.groups = groups;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        KeysetToken after = KeysetToken.decodeOrFirst(request.nextToken());
        int limit = request.limit() == null || request.limit() == 0 ? MAX_LIMIT : request.limit();
        return pools.requireExists(request.userPoolId())
                .chain(() -> groups.pageAfter(request.userPoolId(), after, limit + 1))
                .map(
                        page -> {
                            List<GroupEntity> shown = page.subList(0, Math.min(limit, page.size()));
                            String next =
                                    page.size() > limit
                                            ? shown.get(shown.size() - 1).position().encode()
                                            : null;
                            return new Response(shown.stream().map(GroupType::of).toList(), next);
                        });
    }
}
