package io.cognate.identitypool.developer;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.identitypool.errors.DeveloperUserAlreadyRegisteredException;
import io.cognate.identitypool.identity.Identities;
import io.cognate.identitypool.identitypool.IdentityPoolStore;
import io.cognate.identitypool.oidc.OpenIdClaims;
import io.cognate.identitypool.oidc.OpenIdTokens;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;

/**
 * Signed, from the developer's backend: the identity of a developer user identifier (created and
 * linked on first use, or linked to the given {@code IdentityId}) and an OpenID token for it, valid
 * {@code TokenDuration} seconds (15 minutes by default).
 */
@ApplicationScoped
public class GetOpenIdTokenForDeveloperIdentity
        implements AwsOperation<
                GetOpenIdTokenForDeveloperIdentity.Request,
                GetOpenIdTokenForDeveloperIdentity.Response> {

    static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(15);

    public record Request(
            String identityPoolId,
            String identityId,
            Map<String, String> logins,
            Map<String, String> principalTags,
            Long tokenDuration) {}

    public record Response(String identityId, String token) {
        @Override
        public String toString() {
            return "Response[identityId=" + identityId + ", token redacted]";
        }
    }

    private final IdentityPoolStore pools;
    private final Identities identities;
    private final OpenIdTokens tokens;

    GetOpenIdTokenForDeveloperIdentity(
            IdentityPoolStore pools, Identities identities, OpenIdTokens tokens) {
        this.pools = pools;
        this.identities = identities;
        this.tokens = tokens;
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
                            String provider = DeveloperProvider.require(pool, null);
                            String user = request.logins().get(provider);
                            if (user == null || request.logins().size() != 1) {
                                // Public-provider logins need token validation (a later slice).
                                throw new InvalidParameterException(
                                        "Logins must hold exactly the developer provider "
                                                + provider
                                                + " of this identity pool.");
                            }
                            return identityOf(
                                            pool.identityPoolId(), provider, user, request, context)
                                    .chain(
                                            id ->
                                                    tokens.mint(
                                                                    new OpenIdClaims(
                                                                            pool.identityPoolId(),
                                                                            id,
                                                                            DeveloperProvider.amr(
                                                                                    provider,
                                                                                    pool
                                                                                            .identityPoolId(),
                                                                                    user),
                                                                            validity(request),
                                                                            request.principalTags()
                                                                                            == null
                                                                                    ? Map.of()
                                                                                    : request
                                                                                            .principalTags()))
                                                            .map(token -> new Response(id, token)));
                        });
    }

    private Uni<String> identityOf(
            String poolId, String provider, String user, Request request, RequestContext context) {
        return identities
                .findByLogin(poolId, provider, user)
                .chain(
                        owner -> {
                            String requested = request.identityId();
                            if (owner != null) {
                                if (requested != null && !requested.equals(owner)) {
                                    throw new DeveloperUserAlreadyRegisteredException(
                                            "The developer user identifier is already registered"
                                                    + " with another identity.");
                                }
                                return Uni.createFrom().item(owner);
                            }
                            Uni<String> target =
                                    requested == null
                                            ? identities.create(poolId, true, context)
                                            : identities
                                                    .require(requested)
                                                    .map(
                                                            i -> {
                                                                if (!i.identityPoolId()
                                                                        .equals(poolId)) {
                                                                    throw new ResourceNotFoundException(
                                                                            "Identity '"
                                                                                    + requested
                                                                                    + "' not found.");
                                                                }
                                                                return i.identityId();
                                                            });
                            return target.call(
                                    id -> identities.link(poolId, id, provider, user, context));
                        });
    }

    private static Duration validity(Request request) {
        return request.tokenDuration() == null
                ? DEFAULT_VALIDITY
                : Duration.ofSeconds(request.tokenDuration());
    }
}
