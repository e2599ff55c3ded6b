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
 * Unlinks a developer user identifier from its identity; the identifier may then get a new
 * identity. An identity without logins can no longer be reached.
 */
@ApplicationScoped
public class UnlinkDeveloperIdentity
        implements AwsOperation<UnlinkDeveloperIdentity.Request, UnlinkDeveloperIdentity.Response> {

    public record Request(
            String identityId,
            String identityPoolId,
            String developerProviderName,
            String developerUserIdentifier) {}

    public record Response() {}

    private final IdentityPoolStore pools;
    private final Identities identities;

    UnlinkDeveloperIdentity(IdentityPoolStore pools, Identities identities) {
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
                            return identities.unlink(
                                    request.identityId(),
                                    provider,
                                    request.developerUserIdentifier(),
                                    context);
                        })
                .map(
                        unlinked -> {
                            if (!unlinked) {
                                throw new ResourceNotFoundException(
                                        "The developer user identifier is not linked to identity "
                                                + request.identityId()
                                                + ".");
                            }
                            return new Response();
                        });
    }
}
