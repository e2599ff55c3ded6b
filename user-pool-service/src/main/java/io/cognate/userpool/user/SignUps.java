package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.appclient.AppClient;
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
    private final PreSignUpTrigger preSignUp;
    private final DecidedSignUps decided;
    private final SignUpCodes codes;

    SignUps(
            UserPoolRepository pools,
            Users users,
            PreSignUpTrigger preSignUp,
            DecidedSignUps decided,
            SignUpCodes codes) {
        this.pools = pools;
        this.users = users;
        this.preSignUp = preSignUp;
        this.decided = decided;
        this.codes = codes;
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
                                        .chain(
                                                user ->
                                                        codes.resend(
                                                                pool, client, username, user,
                                                                now)));
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
                                decided.register(
                                        pool,
                                        client,
                                        username,
                                        password,
                                        checked,
                                        decision,
                                        input.clientMetadata(),
                                        now));
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
}
