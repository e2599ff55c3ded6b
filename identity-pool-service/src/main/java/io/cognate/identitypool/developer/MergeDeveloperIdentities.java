package io.cognate.identitypool.developer;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.identitypool.identity.Identities;
import io.cognate.identitypool.identitypool.IdentityPoolStore;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Merges the identity of the source developer user identifier into the destination's: every login
 * of the source moves, and the source identity stays disabled. Answers the destination identity.
 */
@ApplicationScoped
public class MergeDeveloperIdentities
        implements AwsOperation<
                MergeDeveloperIdentities.Request, MergeDeveloperIdentities.Response> {

    public record Request(
            String sourceUserIdentifier,
            String destinationUserIdentifier,
            String developerProviderName,
            String identityPoolId) {}

    public record Response(String identityId) {}

    private final IdentityPoolStore pools;
    private final Identities identities;

    MergeDeveloperIdentities(IdentityPoolStore pools, Identities identities) {
        this.pools = pools;
        this.identities = identities;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return pools.requireView(request.identityPoolId())
                .chain(
                        pool -> {
                            String provider =
                                    DeveloperProvider.require(
                                            pool, request.developerProviderName());
                            String poolId = pool.identityPoolId();
                            return owner(poolId, provider, request.sourceUserIdentifier())
                                    .chain(
                                            source ->
                                                    owner(
                                                                    poolId,
                                                                    provider,
                                                                    request
                                                                            .destinationUserIdentifier())
                                                            .call(
                                                                    destination ->
                                                                            source.equals(
                                                                                            destination)
                                                                                    ? Uni
                                                                                            .createFrom()
                                                                                            .voidItem()
                                                                                    : identities
                                                                                            .merge(
                                                                                                    source,
                                                                                                    destination,
                                                                                                    context)));
                        })
                .map(Response::new);
    }

    private Uni<String> owner(String poolId, String provider, String user) {
        return identities
                .findByLogin(poolId, provider, user)
                .onItem()
                .ifNull()
                .failWith(
                        () ->
                                new ResourceNotFoundException(
                                        "The developer user identifier was not found."));
    }
}
