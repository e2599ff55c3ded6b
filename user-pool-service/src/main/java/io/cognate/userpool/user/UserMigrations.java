package io.cognate.userpool.user;

import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.trigger.UserMigrationTrigger;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Creates users the UserMigration trigger vouches for, on the first password sign-in or
 * ForgotPassword of a name the pool does not know. The pool's password policy does not apply to a
 * migrated password (the legacy directory accepted it), as in Cognito. The trigger's {@code
 * forceAliasCreation} moves an email or phone alias another user holds, as AdminCreateUser's does;
 * its {@code messageAction} and {@code desiredDeliveryMediums} govern the welcome message. Call
 * inside the caller's transaction; a null item means the user stays unknown.
 */
@ApplicationScoped
public class UserMigrations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserPoolRepository pools;
    private final NewUsers newUsers;
    private final UserMigrationTrigger trigger;
    private final Outbox outbox;

    UserMigrations(
            UserPoolRepository pools,
            NewUsers newUsers,
            UserMigrationTrigger trigger,
            Outbox outbox) {
        this.outbox = outbox;
        this.pools = pools;
        this.newUsers = newUsers;
        this.trigger = trigger;
    }

    /** {@code UserMigration_Authentication}: the user, created with the password they typed. */
    public Uni<UserAccountEntity> authenticate(
            AppClient client,
            String username,
            String password,
            Map<String, String> validationData,
            Instant now) {
        return migrate(
                client,
                username,
                UserMigrationTrigger.AUTHENTICATION,
                password,
                validationData,
                null,
                password,
                now);
    }

    /**
     * {@code UserMigration_ForgotPassword}: the user, with an unusable random password, for the
     * caller to send a reset code to.
     */
    public Uni<UserAccountEntity> forgotPassword(
            AppClient client, String username, Map<String, String> clientMetadata, Instant now) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String unusable = Base64.getEncoder().encodeToString(random);
        return migrate(
                client,
                username,
                UserMigrationTrigger.FORGOT_PASSWORD,
                null,
                null,
                clientMetadata,
                unusable,
                now);
    }

    private Uni<UserAccountEntity> migrate(
            AppClient client,
            String username,
            String triggerSource,
            String typedPassword,
            Map<String, String> validationData,
            Map<String, String> clientMetadata,
            String password,
            Instant now) {
        return trigger.invoke(
                        client.userPoolId(),
                        triggerSource,
                        username,
                        client.clientId(),
                        typedPassword,
                        validationData,
                        clientMetadata)
                .chain(
                        answer ->
                                answer.isEmpty()
                                        ? Uni.createFrom().nullItem()
                                        : create(client, username, answer.get(), password, now));
    }

    private Uni<UserAccountEntity> create(
            AppClient client,
            String username,
            UserMigrationTrigger.Migration migration,
            String password,
            Instant now) {
        List<Attribute> given =
                migration.userAttributes().entrySet().stream()
                        .filter(e -> !e.getKey().equals("sub") && !e.getKey().equals("username"))
                        .map(e -> new Attribute(e.getKey(), e.getValue()))
                        .toList();
        UserStatus status =
                migration.finalUserStatus().equals("CONFIRMED")
                        ? UserStatus.CONFIRMED
                        : UserStatus.RESET_REQUIRED;
        return pools.require(client.userPoolId())
                .map(PoolRules::of)
                .chain(
                        pool ->
                                newUsers.create(
                                                pool,
                                                username,
                                                AttributeRules.forCreate(
                                                        pool, given, AttributeRules.Writer.ADMIN),
                                                password,
                                                status,
                                                migration.forceAliasCreation(),
                                                now)
                                        .call(user -> welcome(pool, user, migration, now)));
    }

    /**
     * The welcome message unless the trigger answered {@code messageAction: SUPPRESS}, through the
     * directory's delivery path (outbox, Kafka, SMTP for email), as AdminCreateUser's invitation.
     */
    private Uni<Void> welcome(
            PoolRules pool,
            UserAccountEntity user,
            UserMigrationTrigger.Migration migration,
            Instant now) {
        if (migration.suppressMessage()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> appended = Uni.createFrom().voidItem();
        for (CodeDeliveryRequested message :
                Invitations.welcome(
                        pool,
                        user,
                        migration.desiredDeliveryMediums(),
                        () -> outbox.metadata(CodeDeliveryEvent.TOPIC, now))) {
            appended = appended.call(() -> outbox.append(message));
        }
        return appended;
    }
}
