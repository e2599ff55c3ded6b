package io.cognate.userpool.user;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps {@code user_alias} in line with users' attributes. Email and phone number are sign-in names
 * when they are the username (UsernameAttributes) or, once verified, aliases (AliasAttributes);
 * preferred_username is an alias as soon as it is set.
 */
@ApplicationScoped
class Aliases {

    static final List<String> TYPES = List.of("email", "phone_number", "preferred_username");

    private final UserAliasRepository aliases;
    private final UserAccountRepository users;

    Aliases(UserAliasRepository aliases, UserAccountRepository users) {
        this.aliases = aliases;
        this.users = users;
    }

    /** Alias type to lookup key that the attributes give a user in this pool. */
    static Map<String, String> of(PoolRules pool, Map<String, String> attributes) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String type : TYPES) {
            String value = attributes.get(type);
            if (value == null || value.isEmpty()) {
                continue;
            }
            boolean username = pool.usernameAttributes().contains(type);
            boolean alias =
                    pool.aliasAttributes().contains(type)
                            && (type.equals("preferred_username")
                                    || "true".equals(attributes.get(type + "_verified")));
            if (username || alias) {
                keys.put(type, key(pool, type, value));
            }
        }
        return keys;
    }

    /** Phone numbers are compared as written; email and preferred_username by the case rule. */
    static String key(PoolRules pool, String type, String value) {
        return type.equals("phone_number") ? value : pool.fold(value);
    }

    /**
     * Adds and removes the user's alias rows. An alias another user holds fails with {@code
     * conflict}, unless {@code force} is set and it is a verified email/phone alias: then it moves
     * to this user and the other user's attribute becomes unverified (ForceAliasCreation).
     */
    Uni<Void> sync(
            PoolRules pool,
            UserAccountEntity user,
            boolean force,
            Function<String, RuntimeException> conflict) {
        Map<String, String> desired = of(pool, user.attributes);
        return aliases.ofUser(pool.userPoolId(), user.sub)
                .chain(
                        current -> {
                            Uni<Void> steps = Uni.createFrom().voidItem();
                            for (UserAliasEntity alias : current) {
                                if (alias.aliasKey.equals(desired.get(alias.aliasType))) {
                                    desired.remove(alias.aliasType);
                                } else {
                                    steps = steps.call(() -> aliases.delete(alias));
                                }
                            }
                            for (var wanted : desired.entrySet()) {
                                steps =
                                        steps.call(
                                                () ->
                                                        claim(
                                                                pool,
                                                                user,
                                                                wanted.getKey(),
                                                                wanted.getValue(),
                                                                force,
                                                                conflict));
                            }
                            return steps;
                        });
    }

    private Uni<Void> claim(
            PoolRules pool,
            UserAccountEntity user,
            String type,
            String key,
            boolean force,
            Function<String, RuntimeException> conflict) {
        return aliases.findById(new UserAliasKey(pool.userPoolId(), type, key))
                .chain(
                        existing -> {
                            if (existing == null) {
                                UserAliasEntity alias = new UserAliasEntity();
                                alias.userPoolId = pool.userPoolId();
                                alias.aliasType = type;
                                alias.aliasKey = key;
                                alias.sub = user.sub;
                                return aliases.persist(alias).replaceWithVoid();
                            }
                            if (existing.sub.equals(user.sub)) {
                                return Uni.createFrom().voidItem();
                            }
                            boolean movable =
                                    force
                                            && !type.equals("preferred_username")
                                            && !pool.usernameAttributes().contains(type);
                            if (!movable) {
                                return Uni.createFrom().failure(conflict.apply(type));
                            }
                            var previous = existing.sub;
                            existing.sub = user.sub;
                            return users.findBySub(pool.userPoolId(), previous)
                                    .invoke(other -> unverify(other, type))
                                    .replaceWithVoid();
                        });
    }

    private static void unverify(UserAccountEntity other, String type) {
        if (other != null) {
            Map<String, String> attributes = new HashMap<>(other.attributes);
            attributes.put(type + "_verified", "false");
            other.attributes = attributes;
        }
    }
}
