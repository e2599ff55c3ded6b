package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.identitypool.errors.ResourceConflictException;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.login.VerifiedLogin;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The common case of the public operations, without a transaction: every presented login is already
 * linked to the one identity in question, so there is nothing to link, merge or create and one
 * plain read decides. Anything else (a new login, a merge, a disabled identity, this service's own
 * tokens) goes to {@link LoginLinks} in a transaction, which reads again under it, so the outcome
 * and the errors are those of the transactional path.
 */
@ApplicationScoped
class SettledLogins {

    private final IdentityReads reads;
    private final LoginLinks links;

    SettledLogins(IdentityReads reads, LoginLinks links) {
        this.reads = reads;
        this.links = links;
    }

    /** GetId with verified logins (not empty): the identity they resolve to. */
    Uni<String> identityFor(IdentityPoolView pool, List<VerifiedLogin> logins, RequestContext ctx) {
        VerifiedLogin first = logins.get(0);
        Uni<IdentityView> owner =
                LoginLinks.isOwnToken(first)
                        ? Uni.createFrom().nullItem()
                        : reads.byLogin(
                                pool.identityPoolId(), first.providerName(), first.subject());
        return owner.chain(
                identity ->
                        settles(pool, identity, logins)
                                ? Uni.createFrom().item(identity.identityId())
                                : Panache.withTransaction(
                                        () -> links.identityFor(pool, logins, ctx)));
    }

    /**
     * Whether the logins (not empty) are all linked to {@code identity} already, which is enabled
     * and of the pool, and pass the one-login-per-provider rule: then the transactional path would
     * write nothing and answer this identity.
     */
    static boolean settles(
            IdentityPoolView pool, IdentityView identity, List<VerifiedLogin> logins) {
        if (identity == null
                || identity.disabled()
                || logins.isEmpty()
                || !identity.identityPoolId().equals(pool.identityPoolId())) {
            return false;
        }
        Set<IdentityView.Login> held = new HashSet<>(identity.logins());
        for (VerifiedLogin login : logins) {
            if (LoginLinks.isOwnToken(login)
                    || !held.contains(
                            new IdentityView.Login(login.providerName(), login.subject()))) {
                return false;
            }
        }
        try {
            LoginLinks.requireOnePerProvider(pool, identity.logins(), logins);
            return true;
        } catch (ResourceConflictException e) {
            return false;
        }
    }
}
