package io.cognate.userpool.user;

import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.contracts.events.userpool.UserSignedUp;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.errors.UsernameExistsException;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.trigger.PostConfirmationTrigger;
import io.cognate.userpool.trigger.PreSignUpTrigger;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A sign-up the PreSignUp trigger let through, as it decided: the user created (auto-confirmed and
 * auto-verified when it said so), UserSignedUp appended, then PostConfirmation for a confirmed user
 * or a confirmation code for the others.
 */
@ApplicationScoped
class DecidedSignUps {

    private final NewUsers newUsers;
    private final Outbox outbox;
    private final PostConfirmationTrigger postConfirmation;
    private final SignUpCodes codes;

    DecidedSignUps(
            NewUsers newUsers,
            Outbox outbox,
            PostConfirmationTrigger postConfirmation,
            SignUpCodes codes) {
        this.newUsers = newUsers;
        this.outbox = outbox;
        this.postConfirmation = postConfirmation;
        this.codes = codes;
    }

    /**
     * @param checked the attributes, already checked against the pool's schema
     */
    Uni<SignUps.Registration> register(
            PoolRules pool,
            AppClient client,
            String username,
            String password,
            Map<String, String> checked,
            PreSignUpTrigger.Decision decision,
            Map<String, String> clientMetadata,
            Instant now) {
        Map<String, String> attributes = autoVerified(checked, decision);
        UserStatus status =
                decision.autoConfirmUser() ? UserStatus.CONFIRMED : UserStatus.UNCONFIRMED;
        return create(pool, username, attributes, password, status, now)
                .call(
                        user ->
                                outbox.append(
                                        signedUp(client, user, decision.autoConfirmUser(), now)))
                .call(
                        user ->
                                decision.autoConfirmUser()
                                        ? postConfirmation.invoke(
                                                user.userPoolId,
                                                PostConfirmationTrigger.CONFIRM_SIGN_UP,
                                                user.username,
                                                client.clientId(),
                                                SignUps.lambdaAttributes(user),
                                                clientMetadata)
                                        : Uni.createFrom().voidItem())
                .chain(
                        user ->
                                (decision.autoConfirmUser()
                                                ? Uni.createFrom()
                                                        .item(Optional.<CodeDeliveryDetails>empty())
                                                : codes.send(
                                                        pool,
                                                        user,
                                                        client.clientId(),
                                                        CustomMessages.SIGN_UP,
                                                        clientMetadata,
                                                        now))
                                        .map(
                                                sent ->
                                                        new SignUps.Registration(
                                                                user.sub.toString(),
                                                                decision.autoConfirmUser(),
                                                                sent.orElse(null))));
    }

    /** PreSignUp's autoVerifyEmail / autoVerifyPhone, for attributes the user has. */
    static Map<String, String> autoVerified(
            Map<String, String> attributes, PreSignUpTrigger.Decision decision) {
        Map<String, String> verified = new LinkedHashMap<>(attributes);
        if (decision.autoVerifyEmail() && attributes.containsKey("email")) {
            verified.put("email_verified", "true");
        }
        if (decision.autoVerifyPhone() && attributes.containsKey("phone_number")) {
            verified.put("phone_number_verified", "true");
        }
        return verified;
    }

    private Uni<UserAccountEntity> create(
            PoolRules pool,
            String username,
            Map<String, String> attributes,
            String password,
            UserStatus status,
            Instant now) {
        return newUsers.create(pool, username, attributes, password, status, false, now)
                .onFailure(UsernameExistsException.class)
                .transform(
                        // Alias pools report a taken username with SignUp's own wording; email /
                        // phone username pools keep "An account with the given email already
                        // exists."
                        failure ->
                                pool.usernameIsAttribute()
                                        ? failure
                                        : new UsernameExistsException("User already exists"));
    }

    private UserSignedUp signedUp(
            AppClient client, UserAccountEntity user, boolean confirmed, Instant now) {
        return new UserSignedUp(
                outbox.metadata(UserEvent.TOPIC, now),
                user.userPoolId,
                user.sub.toString(),
                user.username,
                client.clientId(),
                confirmed);
    }
}
