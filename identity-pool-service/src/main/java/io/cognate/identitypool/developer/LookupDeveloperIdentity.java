package io.cognate.identitypool.developer;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.contracts.paging.KeysetToken;
import io.cognate.identitypool.errors.ResourceConflictException;
import io.cognate.identitypool.identity.Identities;
import io.cognate.identitypool.identity.Identities.LinkedSubject;
import io.cognate.identitypool.identitypool.IdentityPoolStore;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The identity of a developer user identifier, or the developer user identifiers of an identity
 * (paged). Given both, they must belong together, else ResourceConflictException.
 */
@ApplicationScoped
public class LookupDeveloperIdentity
        implements AwsOperation<LookupDeveloperIdentity.Request, LookupDeveloperIdentity.Response> {

    static final int DEFAULT_PAGE = 60;

    public record Request(
            String identityPoolId,
            String identityId,
            String developerUserIdentifier,
            Integer maxResults,
            String nextToken) {}

    public record Response(
            String identityId, List<String> developerUserIdentifierList, String nextToken) {}

    private final IdentityPoolStore pools;
    private final Identities identities;

    LookupDeveloperIdentity(IdentityPoolStore pools, Identities identities) {
        this.pools = pools;
        this.identities = identities;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        if (request.identityId() == null && request.developerUserIdentifier() == null) {
            throw new InvalidParameterException(
                    "Either IdentityId or DeveloperUserIdentifier must be specified.");
        }
        KeysetToken after = KeysetToken.decodeOrFirst(request.nextToken());
        int limit = request.maxResults() == null ? DEFAULT_PAGE : request.maxResults();
        return pools.requireView(request.identityPoolId())
                .chain(
                        pool -> {
                            String provider = DeveloperProvider.require(pool, null);
                            return identityOf(pool.identityPoolId(), provider, request)
                                    .chain(
                                            id ->
                                                    identities
                                                            .subjects(
                                                                    id, provider, after, limit + 1)
                                                            .map(page -> page(id, page, limit)));
                        });
    }

    private Uni<String> identityOf(String poolId, String provider, Request request) {
        if (request.developerUserIdentifier() == null) {
            return identities
                    .require(request.identityId())
                    .map(
                            identity -> {
                                if (!identity.identityPoolId().equals(poolId)) {
                                    throw notFound(request.identityId());
                                }
                                return identity.identityId();
                            });
        }
        return identities
                .findByLogin(poolId, provider, request.developerUserIdentifier())
                .map(
                        owner -> {
                            if (owner == null) {
                                throw new ResourceNotFoundException(
                                        "The developer user identifier was not found.");
                            }
                            if (request.identityId() != null
                                    && !request.identityId().equals(owner)) {
                                throw new ResourceConflictException(
                                        "The developer user identifier does not belong to identity "
                                                + request.identityId()
                                                + ".");
                            }
                            return owner;
                        });
    }

    private static Response page(String identityId, List<LinkedSubject> page, int limit) {
        List<LinkedSubject> shown = page.subList(0, Math.min(limit, page.size()));
        String next = page.size() > limit ? shown.get(shown.size() - 1).position().encode() : null;
        return new Response(identityId, shown.stream().map(LinkedSubject::subject).toList(), next);
    }

    private static ResourceNotFoundException notFound(String identityId) {
        return new ResourceNotFoundException("Identity '" + identityId + "' not found.");
    }
}
