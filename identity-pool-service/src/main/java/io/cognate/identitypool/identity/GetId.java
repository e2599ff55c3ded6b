package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.identitypool.identitypool.IdentityPoolStore;
import io.cognate.identitypool.login.LoginStep;
import io.cognate.identitypool.login.Logins;
import io.cognate.identitypool.platform.CognateConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Public: the identity for the caller. Without logins a new guest identity, only where the pool
 * allows guests; with logins the identity they are linked to, or a new one they are linked to.
 */
@ApplicationScoped
public class GetId implements AwsOperation<GetId.Request, GetId.Response> {

    public record Request(String accountId, String identityPoolId, Map<String, String> logins) {
        @Override
        public String toString() {
            return "GetId.Request[identityPoolId=" + identityPoolId + ", logins redacted]";
        }
    }

    public record Response(String identityId) {}

    private final IdentityPoolStore pools;
    private final Logins logins;
    private final LoginLinks links;
    private final SettledLogins settled;
    private final Identities identities;
    private final CognateConfig config;

    GetId(
            IdentityPoolStore pools,
            Logins logins,
            LoginLinks links,
            SettledLogins settled,
            Identities identities,
            CognateConfig config) {
        this.pools = pools;
        this.logins = logins;
        this.links = links;
        this.settled = settled;
        this.identities = identities;
        this.config = config;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    /**
     * The pool's settings come from {@link io.cognate.identitypool.identitypool.PoolViews}; logins
     * already linked to one identity are answered without a transaction ({@link SettledLogins}).
     * Creating, linking and merging run in one.
     */
    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        if (request.accountId() != null && !request.accountId().equals(config.accountId())) {
            throw new ResourceNotFoundException(
                    "IdentityPool '" + request.identityPoolId() + "' not found.");
        }
        return pools.requireView(request.identityPoolId())
                .chain(
                        pool -> {
                            if (request.logins() == null || request.logins().isEmpty()) {
                                if (!pool.allowUnauthenticatedIdentities()) {
                                    throw new NotAuthorizedException(
                                            "Unauthenticated access is not supported for this"
                                                    + " identity pool.");
                                }
                                return Panache.withTransaction(
                                        () ->
                                                identities.create(
                                                        pool.identityPoolId(), false, context));
                            }
                            if (logins.needTransaction(pool, request.logins())) {
                                return Panache.withTransaction(
                                        () ->
                                                logins.verify(
                                                                pool,
                                                                request.logins(),
                                                                LoginStep.IDENTIFY)
                                                        .chain(
                                                                verified ->
                                                                        links.identityFor(
                                                                                pool, verified,
                                                                                context)));
                            }
                            return logins.verify(pool, request.logins(), LoginStep.IDENTIFY)
                                    .chain(
                                            verified ->
                                                    settled.identityFor(pool, verified, context));
                        })
                .map(Response::new);
    }
}
