package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.login.CognitoIdentityLoginValidator;
import io.cognate.identitypool.login.VerifiedLogin;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns verified logins into an identity: the one they are linked to, or a new one; logins not yet
 * linked are linked to it. A token of this service ({@code cognito-identity.amazonaws.com}) names
 * its identity directly and is never stored as a link.
 */
@ApplicationScoped
class LoginLinks {

    static final String MISMATCH =
            "Logins don't match. Please include at least one valid login for this identity or"
                    + " identity pool.";

    private final Identities identities;

    LoginLinks(Identities identities) {
        this.identities = identities;
    }

    /** GetId with logins: the identity they resolve to, created (authenticated) when none. */
    Uni<String> identityFor(String poolId, List<VerifiedLogin> logins, RequestContext ctx) {
        return owners(poolId, logins)
                .chain(
                        owners -> {
                            if (owners.size() > 1) {
                                // Merging two identities through public logins arrives with the
                                // login-validation slice; until then refuse rather than guess.
                                throw new NotAuthorizedException(MISMATCH);
                            }
                            Uni<String> identity =
                                    owners.isEmpty()
                                            ? identities.create(poolId, true, ctx)
                                            : Uni.createFrom().item(owners.iterator().next());
                            return identity.call(id -> linkMissing(poolId, id, logins, ctx));
                        });
    }

    /**
     * GetOpenIdToken for an identity with logins: at least one presented login must already be its
     * own; the others are linked to it.
     */
    Uni<Void> requireOwnAndLink(
            IdentityView identity, List<VerifiedLogin> logins, RequestContext ctx) {
        return owners(identity.identityPoolId(), logins)
                .chain(
                        owners -> {
                            boolean onlyThis =
                                    owners.stream().allMatch(identity.identityId()::equals);
                            boolean required = identity.authenticated();
                            if (!onlyThis || (required && owners.isEmpty())) {
                                throw new NotAuthorizedException(MISMATCH);
                            }
                            return linkMissing(
                                    identity.identityPoolId(), identity.identityId(), logins, ctx);
                        });
    }

    /** The identities the logins are already linked to (or, for own tokens, issued for). */
    private Uni<Set<String>> owners(String poolId, List<VerifiedLogin> logins) {
        return Multi.createFrom()
                .iterable(logins)
                .onItem()
                .transformToUniAndConcatenate(login -> ownerOf(poolId, login))
                .collect()
                .asList()
                .map(
                        found -> {
                            Set<String> owners = new LinkedHashSet<>();
                            found.stream().filter(o -> o != null).forEach(owners::add);
                            return owners;
                        });
    }

    private Uni<String> ownerOf(String poolId, VerifiedLogin login) {
        if (isOwnToken(login)) {
            return identities
                    .require(login.subject())
                    .map(
                            identity -> {
                                if (!identity.identityPoolId().equals(poolId)
                                        || identity.disabled()) {
                                    throw new NotAuthorizedException(MISMATCH);
                                }
                                return identity.identityId();
                            })
                    .onFailure(io.cognate.contracts.aws.error.ResourceNotFoundException.class)
                    .transform(e -> new NotAuthorizedException(MISMATCH));
        }
        return identities.findByLogin(poolId, login.providerName(), login.subject());
    }

    private Uni<Void> linkMissing(
            String poolId, String identityId, List<VerifiedLogin> logins, RequestContext ctx) {
        List<VerifiedLogin> links = new ArrayList<>();
        for (VerifiedLogin login : logins) {
            if (!isOwnToken(login)) {
                links.add(login);
            }
        }
        return Multi.createFrom()
                .iterable(links)
                .onItem()
                .transformToUniAndConcatenate(
                        login ->
                                identities
                                        .findByLogin(poolId, login.providerName(), login.subject())
                                        .chain(
                                                owner ->
                                                        owner != null
                                                                ? Uni.createFrom().voidItem()
                                                                : identities.link(
                                                                        poolId,
                                                                        identityId,
                                                                        login.providerName(),
                                                                        login.subject(),
                                                                        ctx)))
                .collect()
                .last()
                .replaceWithVoid();
    }

    static boolean isOwnToken(VerifiedLogin login) {
        return CognitoIdentityLoginValidator.PROVIDER.equals(login.providerName());
    }

    /** Cognito's {@code amr}: authenticated, then each login's provider entries. */
    static List<String> amr(List<VerifiedLogin> logins) {
        Set<String> amr = new LinkedHashSet<>();
        amr.add("authenticated");
        logins.forEach(login -> amr.addAll(login.amr()));
        amr.remove("unauthenticated");
        return List.copyOf(amr);
    }
}
