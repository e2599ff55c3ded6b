package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.identitypool.IdentityPoolStore;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.login.LoginStep;
import io.cognate.identitypool.login.Logins;
import io.cognate.identitypool.login.VerifiedLogin;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * The port the public per-identity operations (GetOpenIdToken, GetCredentialsForIdentity,
 * UnlinkIdentity) share: who may act for an identity. A guest needs no logins and a pool that still
 * allows guests; an identity with logins needs at least one of them, verified; presented logins it
 * lacks are linked to it. Call inside a transaction.
 */
@ApplicationScoped
public class IdentityAccess {

    /**
     * @param logins the verified logins presented (empty for a guest)
     */
    public record Access(IdentityView identity, IdentityPoolView pool, List<VerifiedLogin> logins) {

        public boolean authenticated() {
            return !logins.isEmpty();
        }

        /** The {@code amr} of an OpenID token for this access. */
        public List<String> amr() {
            return authenticated() ? LoginLinks.amr(logins) : List.of("unauthenticated");
        }
    }

    private final Identities identities;
    private final IdentityPoolStore pools;
    private final Logins logins;
    private final LoginLinks links;

    IdentityAccess(
            Identities identities, IdentityPoolStore pools, Logins logins, LoginLinks links) {
        this.identities = identities;
        this.pools = pools;
        this.logins = logins;
        this.links = links;
    }

    public Uni<Access> authorize(
            String identityId, Map<String, String> presented, RequestContext ctx) {
        return identities
                .require(identityId)
                .chain(
                        identity ->
                                pools.requireView(identity.identityPoolId())
                                        .chain(pool -> authorize(identity, pool, presented, ctx)));
    }

    private Uni<Access> authorize(
            IdentityView identity,
            IdentityPoolView pool,
            Map<String, String> presented,
            RequestContext ctx) {
        Identities.requireEnabled(identity);
        boolean guest = !identity.authenticated() && (presented == null || presented.isEmpty());
        if (guest) {
            if (!pool.allowUnauthenticatedIdentities()) {
                throw new NotAuthorizedException(
                        "Unauthenticated access is not supported for this identity pool.");
            }
            return Uni.createFrom().item(new Access(identity, pool, List.of()));
        }
        return logins.verify(pool, presented, LoginStep.ACCESS)
                .call(verified -> links.requireOwnAndLink(pool, identity, verified, ctx))
                .map(verified -> new Access(identity, pool, verified));
    }
}
