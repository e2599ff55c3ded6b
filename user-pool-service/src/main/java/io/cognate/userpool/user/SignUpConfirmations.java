package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.events.userpool.UserConfirmed;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The user directory's port for ConfirmSignUp: redeems a confirmation code {@link SignUps} sent,
 * then confirms the user and verifies the attribute the code went to.
 */
@ApplicationScoped
public class SignUpConfirmations {

    private static final Supplier<UserCodes.Redemption> MISMATCH =
            () -> UserCodes.Redemption.MISMATCH;

    private final UserPoolRepository pools;
    private final Users users;
    private final UserCodes codes;
    private final Aliases aliases;
    private final UnknownUsers unknown;
    private final UserThrottles throttles;
    private final Outbox outbox;

    SignUpConfirmations(
            UserPoolRepository pools,
            Users users,
            UserCodes codes,
            Aliases aliases,
            UnknownUsers unknown,
            UserThrottles throttles,
            Outbox outbox) {
        this.pools = pools;
        this.users = users;
        this.codes = codes;
        this.aliases = aliases;
        this.unknown = unknown;
        this.throttles = throttles;
        this.outbox = outbox;
    }

    /**
     * Checks the code in a transaction of its own, so that a wrong guess is counted even though the
     * caller then fails: map anything but ACCEPTED with {@link CodeErrors#requireAccepted} after
     * this completes. An unknown user yields MISMATCH when the client hides user existence.
     *
     * @param forceAliasCreation move a verified email / phone alias another user holds to this one
     */
    @WithTransaction
    public Uni<UserCodes.Redemption> confirm(
            AppClient client,
            String username,
            String code,
            boolean forceAliasCreation,
            Instant now) {
        return pools.require(client.userPoolId())
                .map(PoolRules::of)
                .chain(
                        pool ->
                                users.find(pool, username)
                                        .chain(
                                                user ->
                                                        user == null
                                                                ? unknown.answer(
                                                                        client, code, MISMATCH)
                                                                : redeem(
                                                                        pool,
                                                                        user,
                                                                        code,
                                                                        forceAliasCreation,
                                                                        now)));
    }

    private Uni<UserCodes.Redemption> redeem(
            PoolRules pool, UserAccountEntity user, String code, boolean force, Instant now) {
        if (user.status != UserStatus.UNCONFIRMED) {
            throw new NotAuthorizedException(
                    "User cannot be confirmed. Current status is " + user.status.name());
        }
        return throttles
                .acquire(user, UserThrottles.Action.CONFIRM_SIGN_UP, now)
                .chain(() -> codes.redeem(pool.userPoolId(), user.sub, SignUps.PURPOSE, code, now))
                .call(
                        outcome ->
                                outcome == UserCodes.Redemption.ACCEPTED
                                        ? confirmed(pool, user, force, now)
                                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> confirmed(
            PoolRules pool, UserAccountEntity user, boolean force, Instant now) {
        user.status = UserStatus.CONFIRMED;
        user.lastModifiedAt = now;
        AutoVerification.target(pool, user.attributes)
                .ifPresent(
                        attribute -> {
                            Map<String, String> attributes = new HashMap<>(user.attributes);
                            attributes.put(attribute + "_verified", "true");
                            user.attributes = attributes;
                        });
        return aliases.sync(pool, user, force, type -> NewUsers.conflict(pool, type))
                .call(() -> Writes.flush(constraint -> NewUsers.onConstraint(pool, constraint)))
                .call(
                        () ->
                                outbox.append(
                                        new UserConfirmed(
                                                outbox.metadata(UserEvent.TOPIC, now),
                                                user.userPoolId,
                                                user.sub.toString(),
                                                user.username,
                                                "SELF")));
    }
}
