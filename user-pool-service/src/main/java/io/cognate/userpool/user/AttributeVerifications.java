package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.events.userpool.UserAttributesUpdated;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The user directory's port for verifying a signed-in user's email or phone number: a 24-hour,
 * single-use, Argon2id-hashed code goes to the value (or the pending new value) and, redeemed,
 * marks exactly that value verified, applying a pending change and moving aliases.
 */
@ApplicationScoped
public class AttributeVerifications {

    static final String NOT_VERIFIABLE =
            "Invalid attribute name. Only email and phone_number can be verified.";

    private final UserPoolRepository pools;
    private final Users users;
    private final UserCodes codes;
    private final VerificationCodes verificationCodes;
    private final VerificationTargets targets;
    private final Aliases aliases;
    private final UserThrottles throttles;
    private final Outbox outbox;

    AttributeVerifications(
            UserPoolRepository pools,
            Users users,
            UserCodes codes,
            VerificationCodes verificationCodes,
            VerificationTargets targets,
            Aliases aliases,
            UserThrottles throttles,
            Outbox outbox) {
        this.pools = pools;
        this.users = users;
        this.codes = codes;
        this.verificationCodes = verificationCodes;
        this.targets = targets;
        this.aliases = aliases;
        this.throttles = throttles;
        this.outbox = outbox;
    }

    /**
     * Sends a code to the attribute's pending new value, else to its value; call inside the
     * caller's {@code @WithTransaction}. InvalidParameterException when the user has no such value.
     */
    public Uni<CodeDeliveryDetails> requestCode(
            UserAccountEntity user, String attribute, Caller caller, Instant now) {
        requireVerifiable(attribute);
        return pools.require(user.userPoolId)
                .map(PoolRules::of)
                .chain(
                        pool ->
                                targets.find(user.userPoolId, user.sub, attribute)
                                        .chain(
                                                target ->
                                                        send(
                                                                pool, user, attribute, target,
                                                                caller, now)));
    }

    /**
     * Redeems a code in a transaction of its own, so that a wrong guess is counted although the
     * caller then fails: map anything but ACCEPTED with {@link
     * CodeErrors#requireAcceptedOrLimitExceeded} after this completes. A code sent to a value the
     * attribute no longer has is EXPIRED. Fifteen attempts per user and hour
     * (LimitExceededException).
     */
    @WithTransaction
    public Uni<UserCodes.Redemption> verify(
            String userPoolId, UUID sub, String attribute, String code, Instant now) {
        requireVerifiable(attribute);
        return pools.require(userPoolId)
                .map(PoolRules::of)
                .chain(
                        pool ->
                                users.findBySub(userPoolId, sub)
                                        .onItem()
                                        .ifNull()
                                        .failWith(() -> new UserNotFoundException(Users.NOT_FOUND))
                                        .chain(user -> redeem(pool, user, attribute, code, now)));
    }

    private Uni<CodeDeliveryDetails> send(
            PoolRules pool,
            UserAccountEntity user,
            String attribute,
            VerificationTargets.Target target,
            Caller caller,
            Instant now) {
        boolean pending = target != null && target.pending();
        String value = pending ? target.value() : user.attributes.get(attribute);
        if (value == null || value.isEmpty()) {
            throw new InvalidParameterException(
                    "User does not have a value for the attribute " + attribute + ".");
        }
        return verificationCodes.send(
                pool,
                user,
                attribute,
                value,
                pending,
                CustomMessages.VERIFY_USER_ATTRIBUTE,
                caller,
                now);
    }

    private Uni<UserCodes.Redemption> redeem(
            PoolRules pool, UserAccountEntity user, String attribute, String code, Instant now) {
        return throttles
                .acquire(user, UserThrottles.Action.VERIFY_USER_ATTRIBUTE, now)
                .chain(
                        () ->
                                codes.redeem(
                                        user.userPoolId,
                                        user.sub,
                                        VerificationCodes.purpose(attribute),
                                        code,
                                        now))
                .chain(
                        outcome ->
                                outcome != UserCodes.Redemption.ACCEPTED
                                        ? Uni.createFrom().item(outcome)
                                        : targets.find(user.userPoolId, user.sub, attribute)
                                                .chain(
                                                        target ->
                                                                apply(
                                                                        pool, user, attribute,
                                                                        target, now)));
    }

    private Uni<UserCodes.Redemption> apply(
            PoolRules pool,
            UserAccountEntity user,
            String attribute,
            VerificationTargets.Target target,
            Instant now) {
        Map<String, String> attributes = new HashMap<>(user.attributes);
        boolean pending = target != null && target.pending();
        if (pending) {
            attributes.put(attribute, target.value());
        } else if (target == null || !Objects.equals(target.value(), attributes.get(attribute))) {
            return Uni.createFrom().item(UserCodes.Redemption.EXPIRED);
        }
        attributes.put(attribute + "_verified", "true");
        user.attributes = attributes;
        user.lastModifiedAt = now;
        List<String> updated =
                pending
                        ? List.of(attribute, attribute + "_verified")
                        : List.of(attribute + "_verified");
        return targets.forget(user.userPoolId, user.sub, attribute)
                .call(() -> aliases.sync(pool, user, false, UserAttributeChanges::aliasTaken))
                .call(() -> Writes.flush(UserAttributeChanges::onConstraint))
                .call(
                        () ->
                                outbox.append(
                                        new UserAttributesUpdated(
                                                outbox.metadata(UserEvent.TOPIC, now),
                                                user.userPoolId,
                                                user.sub.toString(),
                                                user.username,
                                                updated,
                                                List.of())))
                .replaceWith(UserCodes.Redemption.ACCEPTED);
    }

    static void requireVerifiable(String attribute) {
        if (!attribute.equals("email") && !attribute.equals("phone_number")) {
            throw new InvalidParameterException(NOT_VERIFIABLE);
        }
    }
}
