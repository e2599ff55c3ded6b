package io.cognate.userpool.user;

import io.cognate.userpool.errors.AliasExistsException;
import io.cognate.userpool.errors.UsernameExistsException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Creates users (AdminCreateUser through AdminSignUps, SignUp): schema checks, username rules,
 * uniqueness of the username and of aliases, the password's Argon2id hash and SRP verifier.
 * Publishes nothing: events belong to the caller.
 */
@ApplicationScoped
class NewUsers {

    static final String EXISTS = "User account already exists";

    private final UserAccountRepository accounts;
    private final Aliases aliases;
    private final UserPasswords passwords;

    NewUsers(UserAccountRepository accounts, Aliases aliases, UserPasswords passwords) {
        this.accounts = accounts;
        this.aliases = aliases;
        this.passwords = passwords;
    }

    /**
     * @param attributes already checked against the schema
     * @param status FORCE_CHANGE_PASSWORD makes the password temporary
     */
    Uni<UserAccountEntity> create(
            PoolRules pool,
            String username,
            Map<String, String> attributes,
            String password,
            UserStatus status,
            boolean forceAliasCreation,
            Instant now) {
        UUID sub = UUID.randomUUID();
        UsernameRules.Resolved resolved = UsernameRules.resolve(pool, username, attributes, sub);
        AttributeRules.requireComplete(pool, resolved.attributes());
        return accounts.findByKey(pool.userPoolId(), resolved.usernameKey())
                .chain(
                        existing -> {
                            if (existing != null) {
                                throw new UsernameExistsException(EXISTS);
                            }
                            UserAccountEntity user = new UserAccountEntity();
                            user.userPoolId = pool.userPoolId();
                            user.sub = sub;
                            user.username = resolved.username();
                            user.usernameKey = resolved.usernameKey();
                            user.status = status;
                            user.enabled = true;
                            user.attributes = resolved.attributes();
                            user.createdAt = now;
                            return passwords.set(
                                    user,
                                    password,
                                    status == UserStatus.FORCE_CHANGE_PASSWORD,
                                    now);
                        })
                .chain(user -> accounts.persist(user))
                .call(user -> aliases.sync(pool, user, forceAliasCreation, t -> conflict(pool, t)))
                .call(() -> Writes.flush(constraint -> onConstraint(pool, constraint)));
    }

    /** Cognito's wording for a sign-in name another user holds. */
    static String aliasTaken(String type) {
        return "An account with the given " + type + " already exists.";
    }

    static RuntimeException conflict(PoolRules pool, String type) {
        return pool.usernameAttributes().contains(type)
                ? new UsernameExistsException(aliasTaken(type))
                : new AliasExistsException(aliasTaken(type));
    }

    static RuntimeException onConstraint(PoolRules pool, String constraint) {
        if (constraint.contains("user_account_username_unique")) {
            return new UsernameExistsException(EXISTS);
        }
        if (constraint.contains("user_alias_pkey")) {
            return pool.usernameIsAttribute()
                    ? new UsernameExistsException(aliasTaken(pool.usernameAttributes().get(0)))
                    : new AliasExistsException(aliasTaken("alias"));
        }
        return null;
    }
}
