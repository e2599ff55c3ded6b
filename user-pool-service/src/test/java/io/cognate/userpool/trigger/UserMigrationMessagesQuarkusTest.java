package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.testing.CodeDeliveries;
import io.cognate.userpool.testing.RealSmtpServer;
import io.cognate.userpool.testing.SelfService;
import io.cognate.userpool.testing.WebhookReceiver;
import io.cognate.userpool.testing.WebhookReceiver.Reply;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

/**
 * What a UserMigration answer's {@code messageAction}, {@code desiredDeliveryMediums} and {@code
 * forceAliasCreation} do (Cognito's "Migrate user Lambda trigger" page): the welcome message, the
 * pool's invitation template without a temporary password, goes out over the asked media unless
 * SUPPRESS; a forced alias moves from the user who held it.
 */
@QuarkusTest
class UserMigrationMessagesQuarkusTest {

    private static final String LEGACY_PASSWORD = "legacy";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private TriggerFixtures pool;

    @BeforeEach
    void setUp() {
        WebhookReceiver.reset();
        pool =
                new TriggerFixtures(
                        endpoint,
                        l -> l.userMigration(TriggerFixtures.arn(Trigger.UserMigration)),
                        p ->
                                p.aliasAttributes(AliasAttributeType.EMAIL)
                                        .adminCreateUserConfig(
                                                c ->
                                                        c.inviteMessageTemplate(
                                                                t ->
                                                                        t.emailSubject("Welcome")
                                                                                .emailMessage(
                                                                                        "Hello {username}!{####}")
                                                                                .smsMessage(
                                                                                        "Hi {username}{####}"))));
    }

    @AfterEach
    void tearDown() {
        WebhookReceiver.reset();
    }

    @Test
    void initiateAuthWhenMigrationAsksEmailThenWelcomeMailedWithoutPassword() {
        String username = "legacy-" + UUID.randomUUID();
        String email = SelfService.freshEmail("welcome");
        migrate(
                r ->
                        r.put("finalUserStatus", "CONFIRMED")
                                .<ObjectNode>set(
                                        "userAttributes",
                                        r.objectNode()
                                                .put("email", email)
                                                .put("email_verified", "true"))
                                .putArray("desiredDeliveryMediums")
                                .add("EMAIL"));

        InitiateAuthResponse tokens = signIn(username);

        assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
        assertThat(WebhookReceiver.received("UserMigration", pool.poolId))
                .singleElement()
                .satisfies(
                        call ->
                                assertThat(call.event())
                                        .isEqualTo(
                                                pool.fixture(
                                                        "user-migration-authentication.json",
                                                        Map.of(
                                                                "username",
                                                                username,
                                                                "password",
                                                                LEGACY_PASSWORD))));
        RealSmtpServer.Received mail = RealSmtpServer.awaitMessage(email, 1);
        assertThat(mail.subject()).isEqualTo("Welcome");
        assertThat(mail.body().trim()).isEqualTo("Hello " + username + "!");
        assertThat(deliveries(pool.sub(username)))
                .singleElement()
                .satisfies(
                        sent -> {
                            assertThat(sent.purpose()).isEqualTo("USER_MIGRATION");
                            assertThat(sent.deliveryMedium()).isEqualTo("EMAIL");
                            assertThat(sent.code()).isNull();
                        });
    }

    @Test
    void initiateAuthWhenMigrationAsksSmsThenWelcomeTextToThePhone() {
        String username = "legacy-" + UUID.randomUUID();
        migrate(
                r ->
                        r.put("finalUserStatus", "CONFIRMED")
                                .<ObjectNode>set(
                                        "userAttributes",
                                        r.objectNode().put("phone_number", "+12065550199"))
                                .putArray("desiredDeliveryMediums")
                                .add("SMS"));

        signIn(username);

        assertThat(deliveries(pool.sub(username)))
                .singleElement()
                .satisfies(
                        sent -> {
                            assertThat(sent.deliveryMedium()).isEqualTo("SMS");
                            assertThat(sent.destination()).isEqualTo("+12065550199");
                            assertThat(sent.message()).isEqualTo("Hi " + username);
                        });
    }

    @Test
    void forgotPasswordWhenMigrationSuppressesThenOnlyTheResetCodeIsSent() {
        String username = "legacy-" + UUID.randomUUID();
        migrate(
                r ->
                        r.put("finalUserStatus", "RESET_REQUIRED")
                                .put("messageAction", "SUPPRESS")
                                .<ObjectNode>set(
                                        "userAttributes",
                                        r.objectNode()
                                                .put("email", username + "@legacy.example")
                                                .put("email_verified", "true")));

        pool.cognito.forgotPassword(r -> r.clientId(pool.clientId).username(username));

        assertThat(deliveries(pool.sub(username)))
                .extracting(CodeDeliveryRequested::purpose)
                .containsExactly("FORGOT_PASSWORD");
    }

    @Test
    void initiateAuthWhenMigrationForcesATakenAliasThenItMovesToTheMigratedUser() {
        String holder = "holder-" + UUID.randomUUID();
        String email = holder + "@example.com";
        pool.cognito.adminCreateUser(
                r ->
                        r.userPoolId(pool.poolId)
                                .username(holder)
                                .messageAction("SUPPRESS")
                                .userAttributes(
                                        a -> a.name("email").value(email),
                                        a -> a.name("email_verified").value("true")));
        String username = "legacy-" + UUID.randomUUID();
        migrate(
                r ->
                        r.put("finalUserStatus", "CONFIRMED")
                                .put("messageAction", "SUPPRESS")
                                .put("forceAliasCreation", true)
                                .set(
                                        "userAttributes",
                                        r.objectNode()
                                                .put("email", email)
                                                .put("email_verified", "true")));

        assertThat(signIn(username).authenticationResult().accessToken()).isNotBlank();

        assertThat(
                        pool.cognito
                                .adminGetUser(r -> r.userPoolId(pool.poolId).username(email))
                                .username())
                .isEqualTo(username);
        assertThat(
                        pool.cognito
                                .adminGetUser(r -> r.userPoolId(pool.poolId).username(holder))
                                .userAttributes())
                .contains(AttributeType.builder().name("email_verified").value("false").build());
    }

    @Test
    void initiateAuthWhenMigrationMeetsATakenAliasUnforcedThenAliasExists() {
        String holder = "holder-" + UUID.randomUUID();
        String email = holder + "@example.com";
        pool.cognito.adminCreateUser(
                r ->
                        r.userPoolId(pool.poolId)
                                .username(holder)
                                .messageAction("SUPPRESS")
                                .userAttributes(
                                        a -> a.name("email").value(email),
                                        a -> a.name("email_verified").value("true")));
        String username = "legacy-" + UUID.randomUUID();
        migrate(
                r ->
                        r.put("finalUserStatus", "CONFIRMED")
                                .put("messageAction", "SUPPRESS")
                                .set(
                                        "userAttributes",
                                        r.objectNode()
                                                .put("email", email)
                                                .put("email_verified", "true")));

        assertThatThrownBy(() -> signIn(username)).isInstanceOf(AliasExistsException.class);

        assertThat(
                        pool.cognito
                                .adminGetUser(r -> r.userPoolId(pool.poolId).username(email))
                                .username())
                .isEqualTo(holder);
    }

    /** The receiver answers every migration with the response {@code answer} fills in. */
    private static void migrate(Consumer<ObjectNode> answer) {
        WebhookReceiver.answer(
                "UserMigration",
                received -> {
                    ObjectNode event = (ObjectNode) received.event();
                    answer.accept((ObjectNode) event.get("response"));
                    return Reply.json(200, event);
                });
    }

    private InitiateAuthResponse signIn(String username) {
        return pool.signIn(username, LEGACY_PASSWORD, Map.of("device", "kiosk"));
    }

    private List<CodeDeliveryRequested> deliveries(String sub) {
        return CodeDeliveries.of(dataSource, sub);
    }
}
