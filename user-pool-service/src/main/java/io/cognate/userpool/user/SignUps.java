package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.contracts.events.userpool.UserSignedUp;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.errors.UsernameExistsException;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.trigger.PostConfirmationTrigger;
import io.cognate.userpool.trigger.PreSignUpTrigger;
import io.cognate.userpool.trigger.TriggerJson;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user directory's port for self-service sign-up: registers UNCONFIRMED users and sends their
 * confirmation codes. Call inside the caller's {@code @WithTransaction}; {@link
 * SignUpConfirmations} redeems the codes.
 */
@ApplicationScoped
public class SignUps {

    /** The {@link UserCodes} purpose of sign-up confirmation codes. */
    public static final String PURPOSE = "SIGN_UP";

    /** Cognito's lifetime of a sign-up confirmation code (cognito.md §2.5). */
    public static final Duration CODE_LIFETIME = Duration.ofHours(24);

    static final String NOT_PERMITTED = "SignUp is not permitted for this user pool";
    static final String NO_AUTO_VERIFICATION =
            "Cannot resend codes. Auto verification not turned on.";

    /** What SignUp answers. */
    public record Registration(
            String userSub, boolean userConfirmed, CodeDeliveryDetails codeDeliveryDetails) {}

    private final UserPoolRepository pools;
    private final Users users;
    private final NewUsers newUsers;
    private final UserCodes codes;
    private final UnknownUsers unknown;
    private final UserThrottles throttles;
    private final Outbox outbox;
    private final PreSignUpTrigger preSignUp;
    private final PostConfirmationTrigger postConfirmation;
    private final CustomMessages messages;

    SignUps(
            UserPoolRepository pools,
            Users users,
            NewUsers newUsers,
            UserCodes codes,
            UnknownUsers unknown,
            UserThrottles throttles,
            Outbox outbox,
            PreSignUpTrigger preSignUp,
            PostConfirmationTrigger postConfirmation,
            CustomMessages messages) {
        this.messages = messages;
        this.preSignUp = preSignUp;
        this.postConfirmation = postConfirmation;
        this.pools = pools;
        this.users = users;
        this.newUsers = newUsers;
        this.codes = codes;
        this.unknown = unknown;
        this.throttles = throttles;
        this.outbox = outbox;
    }

    /**
     * A new UNCONFIRMED user with a fresh sub, under the pool's password policy, schema and
     * username rules, with a confirmation code sent when the pool auto-verifies an attribute the
     * user has.
     *
     * @param attributes already checked against the client's WriteAttributes
     */
    public Uni<Registration> register(
            AppClient client,
            String username,
            String password,
            List<Attribute> attributes,
            Instant now) {
        return register(client, username, password, attributes, null, null, now);
    }

    /** As above, with the call's ValidationData and ClientMetadata for the PreSignUp trigger. */
    public Uni<Registration> register(
            AppClient client,
            String username,
            String password,
            List<Attribute> attributes,
            List<Attribute> validationData,
            Map<String, String> clientMetadata,
            Instant now) {
        SignUpInput input = new SignUpInput(validationData, clientMetadata);
        return pools.require(client.userPoolId())
                .map(PoolRules::of)
                .chain(pool -> register(pool, client, username, password, attributes, input, now));
    }

    /** What only the PreSignUp trigger reads. */
    private record SignUpInput(
            List<Attribute> validationData, Map<String, String> clientMetadata) {}

    /**
     * A new confirmation code for an UNCONFIRMED user; for unknown users, what {@link UnknownUsers}
     * answers.
     */
    public Uni<CodeDeliveryDetails> resend(AppClient client, String username, Instant now) {
        return pools.require(client.userPoolId())
                .map(PoolRules::of)
                .chain(
                        pool ->
                                users.find(pool, username)
                                        .chain(user -> resend(pool, client, username, user, now)));
    }

    private Uni<Registration> register(
            PoolRules pool,
            AppClient client,
            String username,
            String password,
            List<Attribute> attributes,
            SignUpInput input,
            Instant now) {
        if (pool.section("AdminCreateUserConfig").get("AllowAdminCreateUserOnly") == Boolean.TRUE) {
            throw new NotAuthorizedException(NOT_PERMITTED);
        }
        if (password == null) {
            throw new InvalidParameterException(
                    "1 validation error detected: Value null at 'password' failed to satisfy"
                            + " constraint: Member must not be null");
        }
        pool.passwordPolicy().check(password);
        Map<String, String> checked =
                AttributeRules.forCreate(pool, attributes, AttributeRules.Writer.USER);
        return preSignUp
                .invoke(
                        pool.userPoolId(),
                        PreSignUpTrigger.SIGN_UP,
                        username,
                        client.clientId(),
                        checked,
                        asMap(input.validationData()),
                        input.clientMetadata())
                .chain(
                        decision ->
                                registerDecided(
                                        pool,
                                        client,
                                        username,
                                        password,
                                        checked,
                                        decision,
                                        input.clientMetadata(),
                                        now));
    }

    private Uni<Registration> registerDecided(
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
                                                lambdaAttributes(user),
                                                clientMetadata)
                                        : Uni.createFrom().voidItem())
                .chain(
                        user ->
                                (decision.autoConfirmUser()
                                                ? Uni.createFrom()
                                                        .item(Optional.<CodeDeliveryDetails>empty())
                                                : sendCode(
                                                        pool,
                                                        user,
                                                        client.clientId(),
                                                        CustomMessages.SIGN_UP,
                                                        clientMetadata,
                                                        now))
                                        .map(
                                                sent ->
                                                        new Registration(
                                                                user.sub.toString(),
                                                                decision.autoConfirmUser(),
                                                                sent.orElse(null))));
    }

    private Uni<CodeDeliveryDetails> resend(
            PoolRules pool,
            AppClient client,
            String username,
            UserAccountEntity user,
            Instant now) {
        String medium = AutoVerification.medium(pool).orElseThrow(SignUps::notAutoVerified);
        if (user == null) {
            return unknown.answer(client, username, () -> Destinations.plausible(username, medium));
        }
        if (user.status != UserStatus.UNCONFIRMED) {
            throw new InvalidParameterException("User is already confirmed.");
        }
        return throttles
                .acquire(user, UserThrottles.Action.RESEND_CONFIRMATION_CODE, now)
                .chain(
                        () ->
                                sendCode(
                                        pool,
                                        user,
                                        client.clientId(),
                                        CustomMessages.RESEND_CODE,
                                        null,
                                        now))
                .map(sent -> sent.orElseThrow(SignUps::notAutoVerified));
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

    private Uni<Optional<CodeDeliveryDetails>> sendCode(
            PoolRules pool,
            UserAccountEntity user,
            String clientId,
            String messageSource,
            Map<String, String> clientMetadata,
            Instant now) {
        Optional<String> target = AutoVerification.target(pool, user.attributes);
        if (target.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return codes.issue(pool.userPoolId(), user.sub, PURPOSE, CODE_LIFETIME, now)
                .chain(
                        code -> {
                            var delivery =
                                    Deliveries.confirmation(
                                            pool,
                                            user,
                                            target.get(),
                                            code,
                                            () -> outbox.metadata(CodeDeliveryEvent.TOPIC, now));
                            return messages.apply(
                                            user,
                                            clientId,
                                            messageSource,
                                            null,
                                            clientMetadata,
                                            delivery)
                                    .call(outbox::append)
                                    .map(sent -> Optional.of(CodeDeliveryDetails.of(sent)));
                        });
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

    static Map<String, String> lambdaAttributes(UserAccountEntity user) {
        return TriggerJson.userAttributes(user.sub, user.status.name(), user.attributes);
    }

    private static Map<String, String> asMap(List<Attribute> attributes) {
        if (attributes == null) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        attributes.forEach(a -> map.put(a.name(), a.value()));
        return map;
    }

    private static InvalidParameterException notAutoVerified() {
        return new InvalidParameterException(NO_AUTO_VERIFICATION);
    }
}
