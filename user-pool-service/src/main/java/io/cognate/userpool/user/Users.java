package io.cognate.userpool.user;

import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The user directory's port for other features (groups, sign-up, sign-in). Call it inside the
 * caller's {@code @WithSession} / {@code @WithTransaction}. Lookups accept what Cognito accepts as
 * {@code Username}: the username (by the pool's case rule), an alias or email/phone username, or
 * the sub.
 */
@ApplicationScoped
public class Users {

    static final String NOT_FOUND = "User does not exist.";

    private final UserPoolRepository pools;
    private final UserAccountRepository accounts;
    private final UserAliasRepository aliases;

    Users(UserPoolRepository pools, UserAccountRepository accounts, UserAliasRepository aliases) {
        this.pools = pools;
        this.accounts = accounts;
        this.aliases = aliases;
    }

    /**
     * The user, ResourceNotFoundException for an unknown pool, UserNotFoundException ("User does
     * not exist.") for an unknown user.
     */
    public Uni<UserAccountEntity> require(String userPoolId, String username) {
        return pools.require(userPoolId).chain(pool -> require(PoolRules.of(pool), username));
    }

    /** The user with this sub, or null. */
    public Uni<UserAccountEntity> findBySub(String userPoolId, UUID sub) {
        return accounts.findBySub(userPoolId, sub);
    }

    /** The users with these subs, in no particular order; subs that name nobody are skipped. */
    public Uni<List<UserAccountEntity>> findAllBySub(String userPoolId, Collection<UUID> subs) {
        if (subs.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return accounts.list("userPoolId = ?1 AND sub IN ?2", userPoolId, subs);
    }

    /** The user as ListUsers and AdminCreateUser return it ({@code UserType}, all attributes). */
    public UserType describe(UserAccountEntity user) {
        return UserView.user(user);
    }

    /**
     * The user a sign-in name designates in this pool, or null. The pool's rules come from the
     * settings cache: every sign-in starts here.
     */
    public Uni<UserAccountEntity> find(String userPoolId, String username) {
        return pools.settings(userPoolId)
                .chain(settings -> find(PoolRules.of(userPoolId, settings), username));
    }

    /**
     * How a sign-in name is looked up when the caller reads users itself (plain SQL): by its
     * username key first ({@link #find} does the same), or null when the pool's usernames are
     * attributes (the lookup then goes through aliases only).
     *
     * @param settings the pool's settings document ({@code UserPoolRepository.settings})
     */
    public static DirectLookup directLookup(
            String userPoolId, Map<String, Object> settings, String username) {
        PoolRules pool = PoolRules.of(userPoolId, settings);
        if (pool.usernameIsAttribute()) {
            return null;
        }
        boolean maybeSub;
        try {
            UUID.fromString(username);
            maybeSub = true;
        } catch (IllegalArgumentException e) {
            maybeSub = false;
        }
        boolean maybeAlias = pool.aliasAttributes().contains(aliasType(username));
        return new DirectLookup(pool.fold(username), !maybeSub && !maybeAlias);
    }

    /**
     * @param usernameKey the {@code username_key} the name matches
     * @param missMeansUnknown whether a name that matches no username key matches nobody (no alias
     *     or sub lookup could find it)
     */
    public record DirectLookup(String usernameKey, boolean missMeansUnknown) {}

    Uni<UserAccountEntity> require(PoolRules pool, String username) {
        return find(pool, username)
                .onItem()
                .ifNull()
                .failWith(() -> new UserNotFoundException(NOT_FOUND));
    }

    Uni<UserAccountEntity> find(PoolRules pool, String username) {
        Uni<UserAccountEntity> byUsername =
                pool.usernameIsAttribute()
                        ? Uni.createFrom().nullItem()
                        : accounts.findByKey(pool.userPoolId(), pool.fold(username));
        return byUsername
                .onItem()
                .ifNull()
                .switchTo(() -> byAlias(pool, username))
                .onItem()
                .ifNull()
                .switchTo(() -> bySub(pool, username));
    }

    private Uni<UserAccountEntity> byAlias(PoolRules pool, String username) {
        String type = aliasType(username);
        if (!pool.usernameAttributes().contains(type) && !pool.aliasAttributes().contains(type)) {
            return Uni.createFrom().nullItem();
        }
        String key = Aliases.key(pool, type, username);
        return aliases.findById(new UserAliasKey(pool.userPoolId(), type, key))
                .chain(
                        alias ->
                                alias == null
                                        ? Uni.createFrom().nullItem()
                                        : accounts.findBySub(pool.userPoolId(), alias.sub));
    }

    /** The alias attribute a sign-in name would be, by its form. */
    private static String aliasType(String username) {
        return username.contains("@")
                ? "email"
                : username.startsWith("+") ? "phone_number" : "preferred_username";
    }

    private Uni<UserAccountEntity> bySub(PoolRules pool, String username) {
        UUID sub;
        try {
            sub = UUID.fromString(username);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().nullItem();
        }
        return accounts.findBySub(pool.userPoolId(), sub);
    }
}
