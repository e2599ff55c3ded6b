package io.cognate.userpool.user;

import io.cognate.contracts.events.userpool.UserAttributesUpdated;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The user directory's port for a signed-in user's own attribute changes (UpdateUserAttributes,
 * DeleteUserAttributes), under the schema rules for users. Call inside the caller's
 * {@code @WithTransaction}, with the client's WriteAttributes already checked.
 */
@ApplicationScoped
public class ProfileUpdates {

    private final UserPoolRepository pools;
    private final Aliases aliases;
    private final VerificationCodes verifications;
    private final Outbox outbox;

    ProfileUpdates(
            UserPoolRepository pools,
            Aliases aliases,
            VerificationCodes verifications,
            Outbox outbox) {
        this.pools = pools;
        this.aliases = aliases;
        this.verifications = verifications;
        this.outbox = outbox;
    }

    /**
     * Sets attributes; a blank value deletes the attribute, as in Cognito. A changed email or phone
     * number becomes unverified, and gets a code when the pool auto-verifies it; when the pool
     * requires verification before update, the old value stays until the code is redeemed.
     *
     * @param caller the access token's app client and the request's ClientMetadata, which the
     *     CustomMessage_UpdateUserAttribute event carries
     * @return where codes went, in the order email, phone number
     */
    public Uni<List<CodeDeliveryDetails>> update(
            UserAccountEntity user, List<Attribute> given, Caller caller, Instant now) {
        return pools.require(user.userPoolId)
                .map(PoolRules::of)
                .chain(
                        pool ->
                                update(
                                        pool,
                                        user,
                                        AttributeUpdate.plan(pool, user, given),
                                        caller,
                                        now));
    }

    /** Removes attributes; removing an email or phone number removes its flag, code and alias. */
    public Uni<Void> delete(UserAccountEntity user, List<String> names, Instant now) {
        return pools.require(user.userPoolId)
                .map(PoolRules::of)
                .chain(
                        pool -> {
                            List<Attribute> blanks =
                                    names.stream().map(name -> new Attribute(name, "")).toList();
                            var plan = AttributeUpdate.plan(pool, user, blanks);
                            // Deleting sends no code: no caller for a message.
                            return update(pool, user, plan, Caller.ADMIN, now).replaceWithVoid();
                        });
    }

    private Uni<List<CodeDeliveryDetails>> update(
            PoolRules pool,
            UserAccountEntity user,
            AttributeUpdate plan,
            Caller caller,
            Instant now) {
        Map<String, String> attributes = new HashMap<>(user.attributes);
        attributes.putAll(plan.set());
        plan.deleted().forEach(attributes::remove);
        boolean changed = !plan.set().isEmpty() || !plan.deleted().isEmpty();
        if (changed) {
            user.attributes = attributes;
            user.lastModifiedAt = now;
        }
        List<CodeDeliveryDetails> sent = new ArrayList<>();
        Uni<Void> steps =
                aliases.sync(pool, user, false, UserAttributeChanges::aliasTaken)
                        .call(() -> Writes.flush(UserAttributeChanges::onConstraint));
        for (String attribute : plan.forgotten()) {
            steps = steps.call(() -> verifications.forget(user, attribute));
        }
        for (AttributeUpdate.Code code : plan.codes()) {
            steps =
                    steps.call(
                            () ->
                                    verifications
                                            .send(
                                                    pool,
                                                    user,
                                                    code.attribute(),
                                                    code.value(),
                                                    code.pending(),
                                                    CustomMessages.UPDATE_USER_ATTRIBUTE,
                                                    caller,
                                                    now)
                                            .invoke(sent::add));
        }
        if (changed) {
            steps = steps.call(() -> outbox.append(updated(user, plan, now)));
        }
        return steps.replaceWith(() -> List.copyOf(sent));
    }

    private UserAttributesUpdated updated(
            UserAccountEntity user, AttributeUpdate plan, Instant now) {
        return new UserAttributesUpdated(
                outbox.metadata(UserEvent.TOPIC, now),
                user.userPoolId,
                user.sub.toString(),
                user.username,
                List.copyOf(new TreeSet<>(plan.set().keySet())),
                List.copyOf(new TreeSet<>(plan.deleted())));
    }
}
