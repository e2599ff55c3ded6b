package io.cognate.userpool.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.testing.CodeDeliveries;
import io.cognate.userpool.testing.WebhookReceiver;
import io.cognate.userpool.testing.WebhookReceiver.Reply;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/** UserMigration on password sign-in and ForgotPassword of unknown users, through the SDK. */
@QuarkusTest
class UserMigrationTriggersQuarkusTest {

    private static final String LEGACY_PASSWORD = "legacy"; // below the pool's policy on purpose

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private TriggerFixtures pool;

    @BeforeEach
    void setUp() {
        WebhookReceiver.reset();
        pool =
                new TriggerFixtures(
                        endpoint, l -> l.userMigration(TriggerFixtures.arn(Trigger.UserMigration)));
    }

    @AfterEach
    void tearDown() {
        WebhookReceiver.reset();
    }

    @Test
    void initiateAuthWhenUnknownUserMigratedConfirmedThenTokensAndUserCreatedOnce() {
        migrateAs("CONFIRMED");
        String username = "legacy-" + UUID.randomUUID();

        InitiateAuthResponse first = signIn(username, Map.of("device", "kiosk"));

        assertThat(first.authenticationResult().accessToken()).isNotBlank();
        var calls = WebhookReceiver.received("UserMigration", pool.poolId);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).event())
                .isEqualTo(
                        pool.fixture(
                                "user-migration-authentication.json",
                                Map.of("username", username, "password", LEGACY_PASSWORD)));
        var user = pool.cognito.adminGetUser(r -> r.userPoolId(pool.poolId).username(username));
        assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(user.userAttributes())
                .contains(
                        AttributeType.builder()
                                .name("email")
                                .value(username + "@legacy.example")
                                .build(),
                        AttributeType.builder().name("email_verified").value("true").build());

        InitiateAuthResponse second = signIn(username, Map.of("device", "kiosk"));

        assertThat(second.authenticationResult().idToken()).isNotBlank();
        assertThat(WebhookReceiver.received("UserMigration", pool.poolId)).hasSize(1);
    }

    @Test
    void adminInitiateAuthWhenMigratedResetRequiredThenPasswordResetRequiredAndUserKept() {
        migrateAs("RESET_REQUIRED");
        String username = "legacy-" + UUID.randomUUID();

        assertThatThrownBy(
                        () ->
                                pool.cognito.adminInitiateAuth(
                                        r ->
                                                r.userPoolId(pool.poolId)
                                                        .clientId(pool.clientId)
                                                        .authFlow(
                                                                AuthFlowType
                                                                        .ADMIN_USER_PASSWORD_AUTH)
                                                        .authParameters(
                                                                Map.of(
                                                                        "USERNAME",
                                                                        username,
                                                                        "PASSWORD",
                                                                        LEGACY_PASSWORD))))
                .isInstanceOf(PasswordResetRequiredException.class);
        assertThat(
                        pool.cognito
                                .adminGetUser(r -> r.userPoolId(pool.poolId).username(username))
                                .userStatus())
                .isEqualTo(UserStatusType.RESET_REQUIRED);
    }

    @Test
    void initiateAuthWhenReceiverRejectsThenUserNotFoundAndNoUser() {
        WebhookReceiver.answer(
                "UserMigration", r -> new Reply(400, "{\"errorMessage\":\"Bad password\"}"));
        String username = "legacy-" + UUID.randomUUID();

        assertThatThrownBy(() -> signIn(username, null))
                .isInstanceOf(UserNotFoundException.class)
                .hasMessageStartingWith("User does not exist.");
        assertThatThrownBy(
                        () ->
                                pool.cognito.adminGetUser(
                                        r -> r.userPoolId(pool.poolId).username(username)))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void forgotPasswordWhenUnknownUserMigratedThenResetRequiredAndCodeResetsThePassword() {
        migrateAs("RESET_REQUIRED");
        String username = "legacy-" + UUID.randomUUID();

        var forgot =
                pool.cognito.forgotPassword(
                        r ->
                                r.clientId(pool.clientId)
                                        .username(username)
                                        .clientMetadata(Map.of("source", "web")));

        assertThat(forgot.codeDeliveryDetails().attributeName()).isEqualTo("email");
        var calls = WebhookReceiver.received("UserMigration", pool.poolId);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).event())
                .isEqualTo(
                        pool.fixture(
                                "user-migration-forgot-password.json",
                                Map.of("username", username)));
        String sub = pool.sub(username);
        pool.cognito.confirmForgotPassword(
                r ->
                        r.clientId(pool.clientId)
                                .username(username)
                                .confirmationCode(lastCode(sub))
                                .password("N3w#Password"));
        assertThat(
                        pool.cognito
                                .adminGetUser(r -> r.userPoolId(pool.poolId).username(username))
                                .userStatus())
                .isEqualTo(UserStatusType.CONFIRMED);
    }

    /** The receiver vouches for any name, with a verified email, in the given final status. */
    private static void migrateAs(String finalUserStatus) {
        WebhookReceiver.answer(
                "UserMigration",
                received -> {
                    ObjectNode event = (ObjectNode) received.event();
                    ObjectNode response = (ObjectNode) event.get("response");
                    response.putObject("userAttributes")
                            .put("email", event.get("userName").asText() + "@legacy.example")
                            .put("email_verified", "true");
                    response.put("finalUserStatus", finalUserStatus)
                            .put("messageAction", "SUPPRESS");
                    return Reply.json(200, event);
                });
    }

    private InitiateAuthResponse signIn(String username, Map<String, String> clientMetadata) {
        return pool.signIn(username, LEGACY_PASSWORD, clientMetadata);
    }

    private String lastCode(String sub) {
        return CodeDeliveries.last(dataSource, sub).code();
    }
}
