package io.cognate.userpool.user;

import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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
    private final UnknownUsers unknown;
    private final UserMigrations migrations;
    private final RecoveryCodes codes;
    private final RecoveryRedemptions redemptions;

    Recoveries(
            UserPoolRepository pools,
            Users users,
            UnknownUsers unknown,
            UserMigrations migrations,
            RecoveryCodes codes,
            RecoveryRedemptions redemptions) {
        this.pools = pools;
        this.users = users;
        this.unknown = unknown;
        this.migrations = migrations;
        this.codes = codes;
        this.redemptions = redemptions;
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
                                                                                RecoveryCodes
                                                                                        .plausible(
                                                                                                pool,
                                                                                                username))
                                                                : codes.send(
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
                                        : redemptions.redeem(user, code, password, now));
    }
}
