package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.paging.KeysetToken;
import io.cognate.identitypool.identitypool.IdentityPoolStore;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Pages through a pool's identities in creation order; {@code HideDisabled} skips merged ones. */
@ApplicationScoped
public class ListIdentities
        implements AwsOperation<ListIdentities.Request, ListIdentities.Response> {

    public record Request(
            String identityPoolId, Integer maxResults, String nextToken, Boolean hideDisabled) {}

    public record Response(
            String identityPoolId, List<IdentityDescription> identities, String nextToken) {}

    private final IdentityPoolStore pools;
    private final IdentityRepository identities;
    private final IdentityLoginRepository logins;

    ListIdentities(
            IdentityPoolStore pools,
            IdentityRepository identities,
            IdentityLoginRepository logins) {
        this.pools = pools;
        this.identities = identities;
        this.logins = logins;
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
        boolean hide = Boolean.TRUE.equals(request.hideDisabled());
        return pools.requireView(request.identityPoolId())
                .chain(pool -> identities.pageAfter(pool.identityPoolId(), hide, after, limit + 1))
                .chain(
                        page -> {
                            List<IdentityEntity> shown =
                                    page.subList(0, Math.min(limit, page.size()));
                            String next =
                                    page.size() > limit
                                            ? shown.get(shown.size() - 1).position().encode()
                                            : null;
                            return Multi.createFrom()
                                    .iterable(shown)
                                    .onItem()
                                    .transformToUniAndConcatenate(
                                            i ->
                                                    logins.ofIdentity(i.id)
                                                            .map(
                                                                    l ->
                                                                            IdentityDescription.of(
                                                                                    IdentityView.of(
                                                                                            i, l))))
                                    .collect()
                                    .asList()
                                    .map(
                                            described ->
                                                    new Response(
                                                            request.identityPoolId(),
                                                            described,
                                                            next));
                        });
    }
}
