package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.identitypool.IdentityPoolStore;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.login.LoginStep;
import io.cognate.identitypool.login.Logins;
import io.cognate.identitypool.login.VerifiedLogin;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
    private final IdentityReads reads;

    IdentityAccess(
            Identities identities,
            IdentityPoolStore pools,
            Logins logins,
            LoginLinks links,
            IdentityReads reads) {
        this.identities = identities;
        this.pools = pools;
        this.logins = logins;
        this.links = links;
        this.reads = reads;
    }

    /**
     * As {@link #authorize}, but called outside any transaction: a guest, or logins all linked to
     * the identity already, are decided from one plain read with nothing written; anything else (an
     * unknown or disabled identity, logins to link, SAML assertions, which are recorded) runs the
     * transactional path, with the logins verified here when they were.
     *
     * @param decide what the caller makes of the access (e.g. resolving the role): inside the
     *     transaction when there is one, so its refusal rolls back the links
     */
    public <T> Uni<T> authorizeWithoutWrites(
            String identityId,
            Map<String, String> presented,
            RequestContext ctx,
            Function<Access, T> decide) {
        return reads.byId(identityId)
                .chain(
                        identity -> {
                            if (identity == null || identity.disabled()) {
                                return inTransaction(identityId, presented, ctx, decide);
                            }
                            return pools.requireView(identity.identityPoolId())
                                    .chain(
                                            pool ->
                                                    authorizeRead(
                                                            identity, pool, presented, ctx,
                                                            decide));
                        });
    }

    private <T> Uni<T> authorizeRead(
            IdentityView identity,
            IdentityPoolView pool,
            Map<String, String> presented,
            RequestContext ctx,
            Function<Access, T> decide) {
        if (presented == null || presented.isEmpty()) {
            if (identity.authenticated()) {
                return inTransaction(identity.identityId(), presented, ctx, decide);
            }
            requireGuestsAllowed(pool);
            return Uni.createFrom().item(() -> decide.apply(new Access(identity, pool, List.of())));
        }
        if (logins.needTransaction(pool, presented)) {
            return inTransaction(identity.identityId(), presented, ctx, decide);
        }
        return logins.verify(pool, presented, LoginStep.ACCESS)
                .chain(
                        verified ->
                                SettledLogins.settles(pool, identity, verified)
                                        ? Uni.createFrom()
                                                .item(
                                                        () ->
                                                                decide.apply(
                                                                        new Access(
                                                                                identity, pool,
                                                                                verified)))
                                        : Panache.withTransaction(
                                                () ->
                                                        linkVerified(identity, pool, verified, ctx)
                                                                .map(decide)));
    }

    /** The transactional path for logins verified already: read again, check, link. */
    private Uni<Access> linkVerified(
            IdentityView read,
            IdentityPoolView pool,
            List<VerifiedLogin> verified,
            RequestContext ctx) {
        return identities
                .require(read.identityId())
                .chain(
                        identity -> {
                            Identities.requireEnabled(identity);
                            return links.requireOwnAndLink(pool, identity, verified, ctx)
                                    .replaceWith(new Access(identity, pool, verified));
                        });
    }

    /** The decision is taken inside the transaction, so a refusal rolls back what it linked. */
    private <T> Uni<T> inTransaction(
            String identityId,
            Map<String, String> presented,
            RequestContext ctx,
            Function<Access, T> decide) {
        return Panache.withTransaction(() -> authorize(identityId, presented, ctx).map(decide));
    }

    private static void requireGuestsAllowed(IdentityPoolView pool) {
        if (!pool.allowUnauthenticatedIdentities()) {
            throw new NotAuthorizedException(
                    "Unauthenticated access is not supported for this identity pool.");
        }
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
            requireGuestsAllowed(pool);
            return Uni.createFrom().item(new Access(identity, pool, List.of()));
        }
        return logins.verify(pool, presented, LoginStep.ACCESS)
                .call(verified -> links.requireOwnAndLink(pool, identity, verified, ctx))
                .map(verified -> new Access(identity, pool, verified));
    }
}
