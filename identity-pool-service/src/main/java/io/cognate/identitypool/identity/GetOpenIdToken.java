package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.identitypool.IdentityPoolStore;
import io.cognate.identitypool.login.Logins;
import io.cognate.identitypool.oidc.OpenIdClaims;
import io.cognate.identitypool.oidc.OpenIdTokens;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Public: a 10-minute OpenID token for an identity. A guest's needs no logins (and the pool must
 * still allow guests); an identity with logins must present one of them, and new ones are linked.
 */
@ApplicationScoped
public class GetOpenIdToken
        implements AwsOperation<GetOpenIdToken.Request, GetOpenIdToken.Response> {

    public record Request(String identityId, Map<String, String> logins) {
        @Override
        public String toString() {
            return "GetOpenIdToken.Request[identityId=" + identityId + ", logins redacted]";
        }
    }

    public record Response(String identityId, String token) {
        @Override
        public String toString() {
            return "GetOpenIdToken.Response[identityId=" + identityId + ", token redacted]";
        }
    }

    private final Identities identities;
    private final IdentityPoolStore pools;
    private final Logins logins;
    private final LoginLinks links;
    private final OpenIdTokens tokens;

    GetOpenIdToken(
            Identities identities,
            IdentityPoolStore pools,
            Logins logins,
            LoginLinks links,
            OpenIdTokens tokens) {
        this.identities = identities;
        this.pools = pools;
        this.logins = logins;
        this.links = links;
        this.tokens = tokens;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return identities
                .require(request.identityId())
                .chain(
                        identity ->
                                pools.requireView(identity.identityPoolId())
                                        .chain(
                                                pool -> {
                                                    if (identity.disabled()) {
                                                        throw new NotAuthorizedException(
                                                                "Identity '"
                                                                        + identity.identityId()
                                                                        + "' is disabled.");
                                                    }
                                                    boolean guest =
                                                            !identity.authenticated()
                                                                    && (request.logins() == null
                                                                            || request.logins()
                                                                                    .isEmpty());
                                                    if (guest) {
                                                        if (!pool
                                                                .allowUnauthenticatedIdentities()) {
                                                            throw new NotAuthorizedException(
                                                                    "Unauthenticated access is not supported for this identity pool.");
                                                        }
                                                        return tokens.mint(
                                                                OpenIdClaims.unauthenticated(
                                                                        pool.identityPoolId(),
                                                                        identity.identityId()));
                                                    }
                                                    return logins.verify(pool, request.logins())
                                                            .call(
                                                                    verified ->
                                                                            links.requireOwnAndLink(
                                                                                    identity,
                                                                                    verified,
                                                                                    context))
                                                            .chain(
                                                                    verified ->
                                                                            tokens.mint(
                                                                                    new OpenIdClaims(
                                                                                            pool
                                                                                                    .identityPoolId(),
                                                                                            identity
                                                                                                    .identityId(),
                                                                                            LoginLinks
                                                                                                    .amr(
                                                                                                            verified),
                                                                                            OpenIdClaims
                                                                                                    .DEFAULT_VALIDITY,
                                                                                            Map
                                                                                                    .of())));
                                                }))
                .map(token -> new Response(request.identityId(), token));
    }
}
