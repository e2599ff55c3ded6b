package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.password.PasswordHasher;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The user directory's port for the sign-in flows: checks a password (at the cost of a real check
 * for unknown users), tells what a FORCE_CHANGE_PASSWORD user still has to provide, and completes
 * the NEW_PASSWORD_REQUIRED challenge. Call inside the caller's transaction.
 */
@ApplicationScoped
public class PasswordSignIns {

    /** The outcome of a password check. */
    public enum Check {
        MATCH,
        MISMATCH,
        /** Right temporary password, but older than the pool's TemporaryPasswordValidityDays. */
        TEMPORARY_EXPIRED
    }

    private final UserPoolRepository pools;
    private final PasswordHasher hasher;
    private final UserPasswords userPasswords;
    private final Aliases aliases;
    private final Outbox outbox;

    PasswordSignIns(
            UserPoolRepository pools,
            PasswordHasher hasher,
            UserPasswords userPasswords,
            Aliases aliases,
            Outbox outbox) {
        this.pools = pools;
        this.hasher = hasher;
        this.userPasswords = userPasswords;
        this.aliases = aliases;
        this.outbox = outbox;
    }

    /**
     * Checks {@code password}; a null user (or one without a password) costs one dummy Argon2id
     * check and is a MISMATCH, so timing does not reveal who exists (SECURITY-CASES 13).
     */
    public Uni<Check> check(UserAccountEntity user, String password, Instant now) {
        if (password.length() > PasswordHasher.MAX_PASSWORD_LENGTH) {
            // No stored password is that long: a mismatch, at a real check's cost, never truncated.
            return hasher.verifyDummy("-").replaceWith(Check.MISMATCH);
        }
        if (user == null || user.passwordHash == null) {
            return hasher.verifyDummy(password).replaceWith(Check.MISMATCH);
        }
        return hasher.verify(password, user.passwordHash)
                .chain(
                        matches -> {
                            if (!matches) {
                                return Uni.createFrom().item(Check.MISMATCH);
                            }
                            return proven(user, now);
                        });
    }

    /**
     * For a user who proved the password some other way (SRP): MATCH, or TEMPORARY_EXPIRED when it
     * is a temporary password past the pool's TemporaryPasswordValidityDays.
     */
    public Uni<Check> proven(UserAccountEntity user, Instant now) {
        if (!user.passwordTemporary) {
            return Uni.createFrom().item(Check.MATCH);
        }
        return pools.require(user.userPoolId)
                .map(PoolRules::of)
                .map(pool -> temporaryCheck(pool, user, now));
    }

    /**
     * The NEW_PASSWORD_REQUIRED challenge parameters' attribute lists: the required attributes the
     * user still lacks ({@code userAttributes.<name>}), and the current attributes.
     */
    public Uni<NewPasswordChallenge> newPasswordChallenge(UserAccountEntity user) {
        return pools.require(user.userPoolId)
                .map(PoolRules::of)
                .map(
                        pool -> {
                            List<String> missing =
                                    pool.schema().entrySet().stream()
                                            .filter(e -> !e.getKey().equals("sub"))
                                            .filter(
                                                    e ->
                                                            e.getValue().get("Required")
                                                                    == Boolean.TRUE)
                                            .filter(e -> !user.attributes.containsKey(e.getKey()))
                                            .map(e -> "userAttributes." + e.getKey())
                                            .toList();
                            return new NewPasswordChallenge(
                                    missing, new TreeMap<>(user.attributes));
                        });
    }

    /**
     * Sets the user's chosen password and the attributes the challenge answer carries: the pool's
     * policy and schema apply, the client's WriteAttributes too, and the user becomes CONFIRMED.
     */
    public Uni<Void> completeNewPassword(
            AppClient client,
            UserAccountEntity user,
            String newPassword,
            List<Attribute> given,
            Instant now) {
        return pools.require(user.userPoolId)
                .map(PoolRules::of)
                .chain(
                        pool -> {
                            pool.passwordPolicy().check(newPassword);
                            Map<String, String> updates =
                                    AttributeRules.forCreate(
                                            pool, given, AttributeRules.Writer.USER);
                            Map<String, String> attributes = new HashMap<>(user.attributes);
                            attributes.putAll(updates);
                            requireComplete(pool, attributes);
                            return userPasswords
                                    .set(user, newPassword, false, now)
                                    .chain(
                                            ignored -> {
                                                user.attributes = attributes;
                                                user.status = UserStatus.CONFIRMED;
                                                return aliases.sync(
                                                        pool,
                                                        user,
                                                        false,
                                                        UserAttributeChanges::aliasTaken);
                                            })
                                    .call(() -> Writes.flush(UserAttributeChanges::onConstraint))
                                    .call(
                                            () ->
                                                    PasswordChangedEvents.appendByUser(
                                                            outbox, user, now));
                        });
    }

    private static void requireComplete(PoolRules pool, Map<String, String> attributes) {
        try {
            AttributeRules.requireComplete(pool, attributes);
        } catch (InvalidParameterException e) {
            throw new InvalidParameterException(
                    "Invalid attributes given, "
                            + e.getMessage().replace(AttributeRules.SCHEMA, ""));
        }
    }

    private static Check temporaryCheck(PoolRules pool, UserAccountEntity user, Instant now) {
        int days = pool.passwordPolicy().temporaryPasswordValidityDays();
        Instant setAt = user.passwordChangedAt != null ? user.passwordChangedAt : user.createdAt;
        return setAt.plus(Duration.ofDays(days)).isBefore(now)
                ? Check.TEMPORARY_EXPIRED
                : Check.MATCH;
    }

    /**
     * @param requiredAttributes {@code userAttributes.<name>} for each required attribute missing
     * @param userAttributes the user's current attributes (without {@code sub})
     */
    public record NewPasswordChallenge(
            List<String> requiredAttributes, Map<String, String> userAttributes) {}
}
