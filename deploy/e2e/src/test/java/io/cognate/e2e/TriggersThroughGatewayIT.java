package io.cognate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationLambdaVersionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * The Lambda triggers other than custom auth's ({@link CustomAuthThroughGatewayIT}) through the
 * gateway with the AWS SDK, played by webhooks on 127.0.0.1 that check Cognate's signature: one
 * pool wired to all of them, each receiver deciding by the user name's prefix (so tests do not
 * depend on one another). Events are checked on their key fields; ids differ from run to run.
 */
@ExtendWith(SharedSuite.class)
class TriggersThroughGatewayIT {

    private static final LocalSuite SUITE = SharedSuite.SUITE;
    private static final String PASSWORD = "Triggers-Gateway-Pa55word!";
    private static final String LEGACY_PASSWORD = "legacy"; // below the pool's policy on purpose
    private static final String WELCOME = "Welcome to the e2e pool! Your code: ";

    private static CognitoIdentityProviderClient cognito;
    private static TriggerReceiver receiver;
    private static DeliveredCodes delivered;
    private static String poolId;
    private static String clientId;

    @BeforeAll
    static void launch() throws Exception {
        cognito = GatewayClients.cognito(GatewayClients.root(SUITE.rootCredentials()));
        delivered = new DeliveredCodes("127.0.0.1:9092");
        receiver = new TriggerReceiver();
        AppTriggers.serve(receiver, LEGACY_PASSWORD, WELCOME + "{####}");
        poolId =
                cognito.createUserPool(
                                r ->
                                        r.poolName("triggers-e2e")
                                                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                                                .lambdaConfig(
                                                        l ->
                                                                l.preSignUp(url("PreSignUp"))
                                                                        .postConfirmation(
                                                                                url(
                                                                                        "PostConfirmation"))
                                                                        .preAuthentication(
                                                                                url(
                                                                                        "PreAuthentication"))
                                                                        .postAuthentication(
                                                                                url(
                                                                                        "PostAuthentication"))
                                                                        .customMessage(
                                                                                url(
                                                                                        "CustomMessage"))
                                                                        .userMigration(
                                                                                url(
                                                                                        "UserMigration"))
                                                                        .preTokenGenerationConfig(
                                                                                c ->
                                                                                        c.lambdaVersion(
                                                                                                        PreTokenGenerationLambdaVersionType
                                                                                                                .V2_0)
                                                                                                .lambdaArn(
                                                                                                        url(
                                                                                                                "PreTokenGeneration")))))
                        .userPool()
                        .id();
        clientId =
                UserPools.client(
                        cognito,
                        poolId,
                        "web",
                        ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
    }

    @AfterAll
    static void shutdown() {
        for (AutoCloseable open : new AutoCloseable[] {receiver, delivered, cognito}) {
            try {
                if (open != null) {
                    open.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void signUpWhenPreSignUpAutoConfirmsThenConfirmedAndPostConfirmationCalled() {
        String username = "auto-" + System.nanoTime();

        var signedUp = signUp(username);

        assertThat(signedUp.userConfirmed()).isTrue();
        assertThat(status(username)).isEqualTo(UserStatusType.CONFIRMED);
        JsonNode pre = single("PreSignUp", username, "PreSignUp_SignUp");
        assertThat(pre.at("/request/userAttributes/email").asText()).isEqualTo(email(username));
        JsonNode post = single("PostConfirmation", username, "PostConfirmation_ConfirmSignUp");
        assertThat(post.at("/request/userAttributes"))
                .isEqualTo(
                        TriggerReceiver.json(
                                ("{\"sub\":\"%s\",\"email\":\"%s\",\"email_verified\":\"true\","
                                                + "\"cognito:user_status\":\"CONFIRMED\"}")
                                        .formatted(sub(username), email(username))));
        assertThat(events("CustomMessage", username)).isEmpty();
    }

    @Test
    void signUpWhenCustomMessageChangesTheTextThenDeliveredMessageCarriesItAndCodeConfirms()
            throws Exception {
        String username = "plain-" + System.nanoTime();

        assertThat(signUp(username).userConfirmed()).isFalse();

        JsonNode sent = delivered.awaitDelivery(email(username), "SIGN_UP");
        String code = sent.path("code").asText();
        assertThat(sent.path("message").asText()).isEqualTo(WELCOME + code);
        assertThat(sent.path("subject").asText()).isEqualTo(AppTriggers.SUBJECT);
        JsonNode custom = single("CustomMessage", username, "CustomMessage_SignUp");
        assertThat(custom.at("/request/codeParameter").asText()).isEqualTo("{####}");
        assertThat(custom.at("/request/userAttributes/email").asText()).isEqualTo(email(username));
        assertThat(events("PostConfirmation", username)).isEmpty();

        cognito.confirmSignUp(r -> r.clientId(clientId).username(username).confirmationCode(code));

        assertThat(status(username)).isEqualTo(UserStatusType.CONFIRMED);
        JsonNode post = single("PostConfirmation", username, "PostConfirmation_ConfirmSignUp");
        assertThat(post.at("/request/userAttributes/sub").asText()).isEqualTo(sub(username));
    }

    @Test
    void signInWhenTriggersAllowThenPreAndPostAuthenticationCalledAndV2ClaimInIdToken() {
        String username = confirmedUser("member");

        var tokens = signIn(username, PASSWORD);

        assertThat(claims(tokens.idToken()).path("plan").asText()).isEqualTo("gold");
        assertThat(claims(tokens.accessToken()).has("plan")).isFalse();
        String sub = sub(username);
        JsonNode pre = single("PreAuthentication", username, "PreAuthentication_Authentication");
        assertThat(pre.at("/request/userAttributes/sub").asText()).isEqualTo(sub);
        assertThat(pre.at("/request/userAttributes/cognito:user_status").asText())
                .isEqualTo("CONFIRMED");
        JsonNode post = single("PostAuthentication", username, "PostAuthentication_Authentication");
        assertThat(post.at("/request/userAttributes/email").asText()).isEqualTo(email(username));
        assertThat(post.at("/request/newDeviceUsed").asBoolean(true)).isFalse();
        JsonNode token = single("PreTokenGeneration", username, "TokenGeneration_Authentication");
        assertThat(token.path("version").asText()).isEqualTo("2");
        assertThat(token.at("/request/userAttributes/sub").asText()).isEqualTo(sub);
    }

    @Test
    void signInWhenPreAuthenticationRejectsThenUserLambdaValidationExceptionAndNoTokens() {
        String username = confirmedUser("blocked");

        assertThatThrownBy(() -> signIn(username, PASSWORD))
                .isInstanceOf(UserLambdaValidationException.class)
                .hasMessageStartingWith(
                        "PreAuthentication failed with error " + AppTriggers.BLOCKED_MESSAGE + ".");

        single("PreAuthentication", username, "PreAuthentication_Authentication");
        assertThat(events("PostAuthentication", username)).isEmpty();
        assertThat(events("PreTokenGeneration", username)).isEmpty();
    }

    @Test
    void signInWhenUnknownUserVouchedForByUserMigrationThenCreatedConfirmedAndTokens() {
        String username = "legacy-" + System.nanoTime();

        var tokens = signIn(username, LEGACY_PASSWORD);

        assertThat(cognito.getUser(r -> r.accessToken(tokens.accessToken())).username())
                .isEqualTo(username);
        var user = cognito.adminGetUser(r -> r.userPoolId(poolId).username(username));
        assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(user.userAttributes())
                .contains(attribute("email", username + "@legacy.example"));
        JsonNode migration = single("UserMigration", username, "UserMigration_Authentication");
        assertThat(migration.at("/request/password").asText()).isEqualTo(LEGACY_PASSWORD);

        signIn(username, LEGACY_PASSWORD);
        assertThat(events("UserMigration", username)).hasSize(1);
    }

    private static SignUpResponse signUp(String username) {
        return cognito.signUp(
                r ->
                        r.clientId(clientId)
                                .username(username)
                                .password(PASSWORD)
                                .userAttributes(attribute("email", email(username))));
    }

    private static String confirmedUser(String prefix) {
        String username = prefix + "-" + System.nanoTime();
        UserPools.namedUser(
                cognito, poolId, username, PASSWORD, attribute("email", email(username)));
        return username;
    }

    private static AuthenticationResultType signIn(String username, String password) {
        return UserPools.passwordSignIn(cognito, clientId, username, password)
                .authenticationResult();
    }

    /**
     * The one event {@code trigger} received about {@code username}, signed by Cognate, with the
     * fields every trigger event carries.
     */
    private static JsonNode single(String trigger, String username, String triggerSource) {
        List<JsonNode> events = events(trigger, username);
        assertThat(events).as("%s events about %s", trigger, username).hasSize(1);
        JsonNode event = events.get(0);
        assertThat(event.path("triggerSource").asText()).isEqualTo(triggerSource);
        assertThat(event.path("region").asText()).isEqualTo("us-east-1");
        assertThat(event.path("userPoolId").asText()).isEqualTo(poolId);
        assertThat(event.path("userName").asText()).isEqualTo(username);
        assertThat(event.at("/callerContext/clientId").asText()).isEqualTo(clientId);
        return event;
    }

    /** The events {@code trigger} received about {@code username}, each signature verified. */
    private static List<JsonNode> events(String trigger, String username) {
        List<TriggerReceiver.Call> calls =
                receiver.calls(trigger, poolId).stream()
                        .filter(c -> username.equals(c.event().path("userName").asText()))
                        .toList();
        assertThat(calls).allMatch(TriggerReceiver.Call::signed, "signed by Cognate");
        return calls.stream().map(TriggerReceiver.Call::event).toList();
    }

    private static JsonNode claims(String jwt) {
        return TriggerReceiver.json(
                new String(
                        Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                        StandardCharsets.UTF_8));
    }

    private static UserStatusType status(String username) {
        return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username)).userStatus();
    }

    private static String sub(String username) {
        return UserPools.sub(cognito, poolId, username);
    }

    private static String email(String username) {
        return username + "@example.com";
    }

    private static String url(String trigger) {
        return receiver.url(trigger);
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
