package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.contracts.events.userpool.PasswordChanged;
import io.cognate.contracts.events.userpool.PasswordResetRequested;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The user directory's port for self-service password recovery: ForgotPassword sends a one-hour,
 * single-use reset code (the one AdminResetUserPassword sends) to a verified contact the pool's
 * AccountRecoverySetting allows; ConfirmForgotPassword redeems it for a new password.
 */
@ApplicationScoped
public class Recoveries {

    static final String NO_CONTACT =
            "Cannot reset password for the user as there is no registered/verified email or"
                    + " phone_number";

    private final UserPoolRepository pools;
    private final Users users;
    private final UserCodes codes;
    private final UserPasswords passwords;
    private final UnknownUsers unknown;
    private final UserThrottles throttles;
    private final Outbox outbox;
    private final UserMigrations migrations;
    private final CustomMessages messages;

    Recoveries(
            UserPoolRepository pools,
            Users users,
            UserCodes codes,
            UserPasswords passwords,
            UnknownUsers unknown,
            UserThrottles throttles,
            Outbox outbox,
            UserMigrations migrations,
            CustomMessages messages) {
        this.messages = messages;
        this.migrations = migrations;
        this.pools = pools;
        this.users = users;
        this.codes = codes;
        this.passwords = passwords;
        this.unknown = unknown;
        this.throttles = throttles;
        this.outbox = outbox;
    }

    /** Issues and sends a reset code; call inside the caller's {@code @WithTransaction}. */
    public Uni<CodeDeliveryDetails> requestReset(AppClient client, String username, Instant now) {
        return requestReset(client, username, null, now);
    }

    /** As above; an unknown user may first be brought over by the UserMigration trigger. */
    public Uni<CodeDeliveryDetails> requestReset(
            AppClient client, String username, Map<String, String> clientMetadata, Instant now) {
        return pools.require(client.userPoolId())
                .map(PoolRules::of)
                .chain(
                        pool ->
                                users.find(pool, username)
                                        .chain(
                                                user ->
                                                        user != null
                                                                ? Uni.createFrom().item(user)
                                                                : migrations.forgotPassword(
                                                                        client,
                                                                        username,
                                                                        clientMetadata,
                                                                        now))
                                        .chain(
                                                user ->
                                                        user == null
                                                                ? unknown.answer(
                                                                        client,
                                                                        username,
                                                                        () ->
                                                                                plausible(
                                                                                        pool,
                                                                                        username))
                                                                : issue(
                                                                        pool,
                                                                        user,
                                                                        client.clientId(),
                                                                        clientMetadata,
                                                                        now)));
    }

    /**
     * Sets the new password if the code is right, in a transaction of its own so that a wrong guess
     * is counted even though the caller then fails: map anything but ACCEPTED with {@link
     * CodeErrors#requireAccepted} after this completes. An unknown user yields MISMATCH when the
     * client hides user existence.
     */
    @WithTransaction
    public Uni<UserCodes.Redemption> reset(
            AppClient client, String username, String code, String password, Instant now) {
        return pools.require(client.userPoolId())
                .map(PoolRules::of)
                .chain(
                        pool -> {
                            pool.passwordPolicy().check(password);
                            return users.find(pool, username);
                        })
                .chain(
                        user ->
                                user == null
                                        ? unknown.answer(
                                                client, code, () -> UserCodes.Redemption.MISMATCH)
                                        : redeem(user, code, password, now));
    }

    private Uni<CodeDeliveryDetails> issue(
            PoolRules pool,
            UserAccountEntity user,
            String clientId,
            Map<String, String> clientMetadata,
            Instant now) {
        requireResettable(user);
        return codes.issue(
                        user.userPoolId,
                        user.sub,
                        AdminResetUserPassword.PURPOSE,
                        AdminResetUserPassword.CODE_LIFETIME,
                        now)
                .chain(
                        code -> {
                            // Without a contact the transaction rolls back and the code with it.
                            var delivery =
                                    Deliveries.passwordReset(
                                                    pool,
                                                    user,
                                                    code,
                                                    () ->
                                                            outbox.metadata(
                                                                    CodeDeliveryEvent.TOPIC, now))
                                            .orElseThrow(
                                                    () ->
                                                            new InvalidParameterException(
                                                                    NO_CONTACT));
                            return outbox.append(requested(user, now))
                                    .chain(
                                            () ->
                                                    messages.apply(
                                                            user,
                                                            clientId,
                                                            CustomMessages.FORGOT_PASSWORD,
                                                            null,
                                                            clientMetadata,
                                                            delivery))
                                    .call(outbox::append)
                                    .map(CodeDeliveryDetails::of);
                        });
    }

    private Uni<UserCodes.Redemption> redeem(
            UserAccountEntity user, String code, String password, Instant now) {
        requireResettable(user);
        return throttles
                .acquire(user, UserThrottles.Action.CONFIRM_FORGOT_PASSWORD, now)
                .chain(
                        () ->
                                codes.redeem(
                                        user.userPoolId,
                                        user.sub,
                                        AdminResetUserPassword.PURPOSE,
                                        code,
                                        now))
                .call(
                        outcome ->
                                outcome == UserCodes.Redemption.ACCEPTED
                                        ? changePassword(user, password, now)
                                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> changePassword(UserAccountEntity user, String password, Instant now) {
        return passwords
                .set(user, password, false, now)
                .chain(
                        ignored -> {
                            user.status = UserStatus.CONFIRMED;
                            return outbox.append(
                                    new PasswordChanged(
                                            outbox.metadata(UserEvent.TOPIC, now),
                                            user.userPoolId,
                                            user.sub.toString(),
                                            user.username,
                                            true,
                                            "USER"));
                        });
    }

    private static void requireResettable(UserAccountEntity user) {
        if (!user.enabled) {
            throw new NotAuthorizedException("User is disabled.");
        }
        if (user.status == UserStatus.FORCE_CHANGE_PASSWORD) {
            throw new NotAuthorizedException("User password cannot be reset in the current state.");
        }
    }

    /** Where a reset code for an unknown user would plausibly have gone. */
    private static CodeDeliveryDetails plausible(PoolRules pool, String username) {
        List<String> mechanisms = RecoveryMechanisms.of(pool);
        if (mechanisms.isEmpty()) {
            throw new InvalidParameterException(NO_CONTACT);
        }
        boolean email =
                mechanisms.contains("verified_email")
                        && (AttributeRules.EMAIL.matcher(username).matches()
                                || mechanisms.get(0).equals("verified_email"));
        return Destinations.plausible(username, email ? "EMAIL" : "SMS");
    }

    private PasswordResetRequested requested(UserAccountEntity user, Instant now) {
        return new PasswordResetRequested(
                outbox.metadata(UserEvent.TOPIC, now),
                user.userPoolId,
                user.sub.toString(),
                user.username,
                "USER");
    }
}
