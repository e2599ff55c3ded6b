package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.oidc.OpenIdClaims;
import io.cognate.identitypool.oidc.OpenIdTokens;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Public, the basic (classic) flow: a 10-minute OpenID token for an identity, which the app then
 * trades at STS for a role of its choosing. So it is refused unless the pool enables the classic
 * flow, and for pools with role mappings (only the enhanced flow applies them), as Cognito does. A
 * guest's needs no logins; an identity with logins must present one of them, and new ones are
 * linked.
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

    private final IdentityAccess access;
    private final OpenIdTokens tokens;

    GetOpenIdToken(IdentityAccess access, OpenIdTokens tokens) {
        this.access = access;
        this.tokens = tokens;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return access.authorize(request.identityId(), request.logins(), context)
                .chain(
                        granted -> {
                            requireClassicFlow(granted.pool());
                            return tokens.mint(
                                    new OpenIdClaims(
                                            granted.pool().identityPoolId(),
                                            granted.identity().identityId(),
                                            granted.amr(),
                                            OpenIdClaims.DEFAULT_VALIDITY,
                                            Map.of()));
                        })
                .map(token -> new Response(request.identityId(), token));
    }

    private static void requireClassicFlow(IdentityPoolView pool) {
        if (!pool.allowClassicFlow()) {
            throw new InvalidParameterException(
                    "Basic (classic) flow is not enabled, please use enhanced flow.");
        }
        if (!pool.roleMappings().isEmpty()) {
            throw new InvalidParameterException(
                    "Basic (classic) flow is not supported with RoleMappings, please use enhanced"
                            + " flow.");
        }
    }
}
