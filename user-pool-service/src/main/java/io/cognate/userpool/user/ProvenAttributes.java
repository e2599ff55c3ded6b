package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.events.userpool.UserAttributesUpdated;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The user directory's port for a contact value a user proved to receive outside the attribute
 * verification flow: the address of email MFA set up in MFA_SETUP, proven by its EMAIL_OTP code. It
 * becomes the attribute's value, verified, with its alias, as a redeemed verification code does.
 */
@ApplicationScoped
public class ProvenAttributes {

    private final UserPoolRepository pools;
    private final VerificationTargets targets;
    private final Aliases aliases;
    private final Outbox outbox;

    ProvenAttributes(
            UserPoolRepository pools, VerificationTargets targets, Aliases aliases, Outbox outbox) {
        this.pools = pools;
        this.targets = targets;
        this.aliases = aliases;
        this.outbox = outbox;
    }

    /** InvalidParameterException unless {@code address} is an email address as attributes take. */
    public static void requireEmailFormat(String address) {
        if (address == null || !AttributeRules.EMAIL.matcher(address).matches()) {
            throw new InvalidParameterException("Invalid email address format.");
        }
    }

    /**
     * Sets {@code attribute} (email or phone_number) to {@code value}, verified, moving its alias
     * (AliasExistsException when another user's verified alias is in the way); inside the caller's
     * transaction.
     */
    public Uni<Void> set(UserAccountEntity user, String attribute, String value, Instant now) {
        AttributeVerifications.requireVerifiable(attribute);
        return pools.require(user.userPoolId)
                .map(PoolRules::of)
                .chain(
                        pool -> {
                            Map<String, String> attributes = new HashMap<>(user.attributes);
                            attributes.put(attribute, value);
                            attributes.put(attribute + "_verified", "true");
                            user.attributes = attributes;
                            user.lastModifiedAt = now;
                            return targets.forget(user.userPoolId, user.sub, attribute)
                                    .call(
                                            () ->
                                                    aliases.sync(
                                                            pool,
                                                            user,
                                                            false,
                                                            UserAttributeChanges::aliasTaken))
                                    .call(() -> Writes.flush(UserAttributeChanges::onConstraint))
                                    .call(() -> outbox.append(updated(user, attribute, now)));
                        })
                .replaceWithVoid();
    }

    private UserAttributesUpdated updated(UserAccountEntity user, String attribute, Instant now) {
        return new UserAttributesUpdated(
                outbox.metadata(UserEvent.TOPIC, now),
                user.userPoolId,
                user.sub.toString(),
                user.username,
                List.of(attribute, attribute + "_verified"),
                List.of());
    }
}
