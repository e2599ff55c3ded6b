package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.identitypool.errors.ResourceConflictException;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.login.CognitoIdentityLoginValidator;
import io.cognate.identitypool.login.VerifiedLogin;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns verified logins into an identity: the one they are linked to, or a new one; logins not yet
 * linked are linked to it, and logins linked to several identities merge them into the oldest. An
 * identity holds at most one login per public provider (a merge or link that would give it a second
 * is a ResourceConflictException). A token of this service ({@code cognito-identity.amazonaws.com})
 * names its identity directly and is never stored as a link.
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
    Uni<String> identityFor(IdentityPoolView pool, List<VerifiedLogin> logins, RequestContext ctx) {
        String poolId = pool.identityPoolId();
        return ownersByLogin(poolId, logins)
                .chain(
                        byLogin ->
                                views(distinct(byLogin)).map(owners -> Map.entry(byLogin, owners)))
                .chain(
                        found -> {
                            List<String> byLogin = found.getKey();
                            List<IdentityView> owners = found.getValue();
                            List<VerifiedLogin> unlinked = unlinked(logins, byLogin);
                            if (owners.isEmpty()) {
                                return identities
                                        .create(poolId, true, ctx)
                                        .call(id -> link(poolId, id, unlinked, ctx));
                            }
                            owners.forEach(Identities::requireEnabled);
                            List<IdentityView.Login> held = new ArrayList<>();
                            owners.forEach(o -> held.addAll(o.logins()));
                            requireOnePerProvider(pool, held, logins);
                            IdentityView survivor =
                                    owners.stream()
                                            .min(
                                                    Comparator.comparing(IdentityView::createdAt)
                                                            .thenComparing(
                                                                    IdentityView::identityId))
                                            .orElseThrow();
                            String id = survivor.identityId();
                            return Multi.createFrom()
                                    .iterable(owners)
                                    .filter(o -> !o.identityId().equals(id))
                                    .onItem()
                                    .transformToUniAndConcatenate(
                                            o -> identities.merge(o.identityId(), id, ctx))
                                    .collect()
                                    .last()
                                    // Merged logins moved to the survivor with their
                                    // identities: only the ones nobody held are linked.
                                    .chain(() -> link(poolId, id, unlinked, ctx))
                                    .replaceWith(id);
                        });
    }

    /**
     * Access to an existing identity: at least one presented login must already be its own (unless
     * it is a guest); the others are linked to it.
     */
    Uni<Void> requireOwnAndLink(
            IdentityPoolView pool,
            IdentityView identity,
            List<VerifiedLogin> logins,
            RequestContext ctx) {
        return ownersByLogin(identity.identityPoolId(), logins)
                .chain(
                        byLogin -> {
                            Set<String> owners = distinct(byLogin);
                            boolean onlyThis =
                                    owners.stream().allMatch(identity.identityId()::equals);
                            boolean required = identity.authenticated();
                            if (!onlyThis || (required && owners.isEmpty())) {
                                throw new NotAuthorizedException(MISMATCH);
                            }
                            requireOnePerProvider(pool, identity.logins(), logins);
                            return link(
                                    identity.identityPoolId(),
                                    identity.identityId(),
                                    unlinked(logins, byLogin),
                                    ctx);
                        });
    }

    /**
     * One login per public provider: the developer provider (many user identifiers may be linked by
     * MergeDeveloperIdentities) and this service's own tokens are exempt.
     */
    static void requireOnePerProvider(
            IdentityPoolView pool, List<IdentityView.Login> held, List<VerifiedLogin> adding) {
        Map<String, Set<String>> subjects = new HashMap<>();
        held.forEach(
                l ->
                        subjects.computeIfAbsent(l.providerName(), p -> new HashSet<>())
                                .add(l.subject()));
        adding.stream()
                .filter(l -> !isOwnToken(l))
                .forEach(
                        l ->
                                subjects.computeIfAbsent(l.providerName(), p -> new HashSet<>())
                                        .add(l.subject()));
        subjects.forEach(
                (provider, linked) -> {
                    if (linked.size() > 1 && !provider.equals(pool.developerProviderName())) {
                        throw new ResourceConflictException(
                                "The identity already has a different login for "
                                        + provider
                                        + "; only one login per provider can be linked.");
                    }
                });
    }

    /**
     * For each login, in order, the identity it is already linked to (or, for own tokens, issued
     * for), or null. Read once per request: the links to add are the logins with no owner here (a
     * concurrent link by another request is caught by the insert, a ResourceConflict).
     */
    private Uni<List<String>> ownersByLogin(String poolId, List<VerifiedLogin> logins) {
        // One after the other, as they share the request's database session; not a Multi,
        // which would drop the nulls that say "not linked".
        Uni<List<String>> found = Uni.createFrom().item(ArrayList::new);
        for (VerifiedLogin login : logins) {
            found =
                    found.chain(
                            list ->
                                    ownerOf(poolId, login)
                                            .map(
                                                    owner -> {
                                                        list.add(owner);
                                                        return list;
                                                    }));
        }
        return found;
    }

    private static Set<String> distinct(List<String> owners) {
        Set<String> out = new LinkedHashSet<>();
        owners.stream().filter(o -> o != null).forEach(out::add);
        return out;
    }

    /** The logins no identity holds yet (own tokens are never links). */
    private static List<VerifiedLogin> unlinked(List<VerifiedLogin> logins, List<String> owners) {
        List<VerifiedLogin> out = new ArrayList<>();
        for (int i = 0; i < logins.size(); i++) {
            if (owners.get(i) == null && !isOwnToken(logins.get(i))) {
                out.add(logins.get(i));
            }
        }
        return out;
    }

    private Uni<List<IdentityView>> views(Set<String> ids) {
        return Multi.createFrom()
                .iterable(ids)
                .onItem()
                .transformToUniAndConcatenate(identities::require)
                .collect()
                .asList();
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
                    .onFailure(ResourceNotFoundException.class)
                    .transform(e -> new NotAuthorizedException(MISMATCH));
        }
        return identities.findByLogin(poolId, login.providerName(), login.subject());
    }

    private Uni<Void> link(
            String poolId, String identityId, List<VerifiedLogin> unlinked, RequestContext ctx) {
        return Multi.createFrom()
                .iterable(unlinked)
                .onItem()
                .transformToUniAndConcatenate(
                        login ->
                                identities.link(
                                        poolId,
                                        identityId,
                                        login.providerName(),
                                        login.subject(),
                                        ctx))
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
