package io.cognate.userpool.user;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.paging.KeysetToken;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Lists a pool's users in creation order, optionally filtered ({@link UserFilter}), at most 60 a
 * page, with an opaque keyset PaginationToken.
 */
@ApplicationScoped
public class ListUsers implements AwsOperation<ListUsers.Request, ListUsers.Response> {

    /** Cognito's maximum and default page size. */
    static final int MAX_LIMIT = 60;

    public record Request(
            String userPoolId,
            List<String> attributesToGet,
            Integer limit,
            String paginationToken,
            String filter) {}

    public record Response(List<UserType> users, String paginationToken) {}

    private final UserPoolRepository pools;

    ListUsers(UserPoolRepository pools) {
        this.pools = pools;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        UserFilter filter = UserFilter.parse(request.filter());
        KeysetToken after = KeysetToken.decodeOrFirst(request.paginationToken());
        int limit =
                request.limit() == null || request.limit() <= 0
                        ? MAX_LIMIT
                        : Math.min(request.limit(), MAX_LIMIT);
        return pools.require(request.userPoolId())
                .map(PoolRules::of)
                .chain(pool -> UserListing.page(pool, filter, after, limit + 1))
                .map(
                        page -> {
                            List<UserAccountEntity> shown =
                                    page.subList(0, Math.min(limit, page.size()));
                            String next =
                                    page.size() > limit
                                            ? shown.get(shown.size() - 1).position().encode()
                                            : null;
                            return new Response(
                                    shown.stream()
                                            .map(u -> UserView.user(u, request.attributesToGet()))
                                            .toList(),
                                    next);
                        });
    }
}
