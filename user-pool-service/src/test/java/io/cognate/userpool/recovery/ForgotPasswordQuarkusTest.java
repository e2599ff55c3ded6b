package io.cognate.userpool.recovery;

import static io.cognate.userpool.testing.SelfService.attr;
import static io.cognate.userpool.testing.SelfService.freshEmail;
import static io.cognate.userpool.testing.SelfService.message;
import static io.cognate.userpool.testing.SelfService.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.userpool.PasswordChanged;
import io.cognate.contracts.events.userpool.PasswordResetRequested;
import io.cognate.userpool.password.PasswordHasher;
import io.cognate.userpool.testing.CodeDeliveries;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.ConfigEventLog;
import io.cognate.userpool.testing.Parallel;
import io.cognate.userpool.testing.RealSmtpServer;
import io.cognate.userpool.testing.SelfService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyFailedAttemptsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/** ForgotPassword and ConfirmForgotPassword through the SDK, codes read from real mail. */
@QuarkusTest
class ForgotPasswordQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;
    @Inject Pool pg;
    @Inject PasswordHasher hasher;

    private CognitoIdentityProviderClient admin;
    private CognitoIdentityProviderClient app;
    private String poolId;
    private String clientId;

    @BeforeEach
    void connect() {
        admin = CognitoClients.root(endpoint);
        app = SelfService.anonymous(endpoint);
        poolId = admin.createUserPool(r -> r.poolName("recovery")).userPool().id();
        clientId =
                admin.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app"))
                        .userPoolClient()
                        .clientId();
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void forgotWhenVerifiedEmailThenMailedCodeSetsTheNewPasswordOnce() {
        String email = freshEmail("quinn");
        String sub = confirmedUser("quinn", email, true);

        var forgot = app.forgotPassword(r -> r.clientId(clientId).username("quinn"));

        assertThat(forgot.codeDeliveryDetails().destination()).isEqualTo("q***@e***");
        assertThat(forgot.codeDeliveryDetails().deliveryMedium())
                .isEqualTo(DeliveryMediumType.EMAIL);
        assertThat(forgot.codeDeliveryDetails().attributeName()).isEqualTo("email");
        RealSmtpServer.Received mail = RealSmtpServer.awaitMessage(email, 1);
        assertThat(mail.subject()).isEqualTo("Your password reset code");
        assertThat(mail.body()).contains("Your password reset code is " + mail.code());
        assertThat(status("quinn")).isEqualTo(UserStatusType.CONFIRMED);

        confirmForgot("quinn", mail.code(), "N3w#Password");

        assertThat(status("quinn")).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(passwordMatches(sub, "N3w#Password")).isTrue();
        assertThat(passwordMatches(sub, "Old#Passw0rd")).isFalse();
        List<DomainEvent> events = ConfigEventLog.eventsFor(dataSource, sub);
        assertThat(events)
                .filteredOn(PasswordResetRequested.class::isInstance)
                .singleElement()
                .satisfies(
                        e ->
                                assertThat(((PasswordResetRequested) e).requestedBy())
                                        .isEqualTo("USER"));
        assertThat(events)
                .filteredOn(PasswordChanged.class::isInstance)
                .last()
                .satisfies(
                        e -> {
                            assertThat(((PasswordChanged) e).changedBy()).isEqualTo("USER");
                            assertThat(((PasswordChanged) e).permanent()).isTrue();
                        });
        assertThatThrownBy(() -> confirmForgot("quinn", mail.code(), "Other#Passw0rd"))
                .isInstanceOf(ExpiredCodeException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "Invalid code provided, please request a code"
                                                        + " again."));
    }

    @Test
    void confirmForgotWhenAdminResetTheUserThenConfirmedWithTheMailedCode() {
        String email = freshEmail("rita");
        confirmedUser("rita", email, true);
        admin.adminResetUserPassword(r -> r.userPoolId(poolId).username("rita"));
        assertThat(status("rita")).isEqualTo(UserStatusType.RESET_REQUIRED);

        confirmForgot("rita", RealSmtpServer.awaitMessage(email, 1).code(), "N3w#Password");

        assertThat(status("rita")).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void confirmForgotWhenPasswordBreaksPolicyOrCodeWrongThenRefusedAndCodeStillWorks() {
        String email = freshEmail("sam");
        String sub = confirmedUser("sam", email, true);
        app.forgotPassword(r -> r.clientId(clientId).username("sam"));
        String code = RealSmtpServer.awaitMessage(email, 1).code();

        assertThatThrownBy(() -> confirmForgot("sam", code, "weakpassword"))
                .isInstanceOf(InvalidPasswordException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .startsWith("Password did not conform with policy: "));
        assertThatThrownBy(() -> confirmForgot("sam", wrong(code), "N3w#Password"))
                .isInstanceOf(CodeMismatchException.class);

        confirmForgot("sam", code, "N3w#Password");
        assertThat(passwordMatches(sub, "N3w#Password")).isTrue();
    }

    @Test
    void forgotWhenNoVerifiedContactThenInvalidParameterAndNothingSent() {
        String email = freshEmail("tom");
        confirmedUser("tom", email, false);

        assertThatThrownBy(() -> app.forgotPassword(r -> r.clientId(clientId).username("tom")))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "Cannot reset password for the user as there is"
                                                        + " no registered/verified email or"
                                                        + " phone_number"));
        assertThat(deliveriesInPool()).isZero();
    }

    @Test
    void confirmForgotWhenFiveWrongCodesThenTooManyFailedAttemptsAndAfterTenLimitExceeded() {
        String sub = confirmedUser("uli", freshEmail("uli"), true);
        app.forgotPassword(r -> r.clientId(clientId).username("uli"));
        String code = lastCode(sub);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> confirmForgot("uli", wrong(code), "N3w#Password"))
                    .isInstanceOf(CodeMismatchException.class);
        }
        assertThatThrownBy(() -> confirmForgot("uli", code, "N3w#Password"))
                .isInstanceOf(TooManyFailedAttemptsException.class);
        for (int attempt = 7; attempt <= 10; attempt++) {
            assertThatThrownBy(() -> confirmForgot("uli", code, "N3w#Password"))
                    .isInstanceOf(ExpiredCodeException.class);
        }
        app.forgotPassword(r -> r.clientId(clientId).username("uli"));
        String fresh = lastCode(sub);

        assertThatThrownBy(() -> confirmForgot("uli", fresh, "N3w#Password"))
                .isInstanceOf(LimitExceededException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "Attempt limit exceeded, please try after some"
                                                        + " time."));
        assertThat(passwordMatches(sub, "Old#Passw0rd")).isTrue();
    }

    @Test
    void confirmForgotWhenSixteenInParallelThenTenChecked() throws Exception {
        String sub = confirmedUser("val", freshEmail("val"), true);
        app.forgotPassword(r -> r.clientId(clientId).username("val"));
        String code = lastCode(sub);

        Map<String, Integer> outcomes =
                Parallel.tally(16, () -> confirmForgot("val", wrong(code), "N3w#Password"));

        assertThat(outcomes)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                "CodeMismatchException", 5,
                                "TooManyFailedAttemptsException", 1,
                                "ExpiredCodeException", 4,
                                "LimitExceededException", 6));
    }

    private String lastCode(String sub) {
        return CodeDeliveries.last(dataSource, sub).code();
    }

    private String confirmedUser(String username, String email, boolean verified) {
        String sub =
                admin
                        .adminCreateUser(
                                r ->
                                        r.userPoolId(poolId)
                                                .username(username)
                                                .messageAction(MessageActionType.SUPPRESS)
                                                .userAttributes(
                                                        attr("email", email),
                                                        attr(
                                                                "email_verified",
                                                                String.valueOf(verified))))
                        .user()
                        .attributes()
                        .stream()
                        .filter(a -> a.name().equals("sub"))
                        .findFirst()
                        .orElseThrow()
                        .value();
        admin.adminSetUserPassword(
                r ->
                        r.userPoolId(poolId)
                                .username(username)
                                .password("Old#Passw0rd")
                                .permanent(true));
        return sub;
    }

    private void confirmForgot(String username, String code, String password) {
        app.confirmForgotPassword(
                r ->
                        r.clientId(clientId)
                                .username(username)
                                .confirmationCode(code)
                                .password(password));
    }

    private UserStatusType status(String username) {
        return admin.adminGetUser(r -> r.userPoolId(poolId).username(username)).userStatus();
    }

    private boolean passwordMatches(String sub, String password) {
        String hash =
                pg.preparedQuery(
                                "SELECT password_hash FROM user_pool.user_account"
                                        + " WHERE user_pool_id = $1 AND sub = $2")
                        .execute(Tuple.of(poolId, UUID.fromString(sub)))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getString(0);
        return hasher.verify(password, hash).await().indefinitely();
    }

    private long deliveriesInPool() {
        return pg.preparedQuery(
                        "SELECT count(*) FROM user_pool.outbox"
                                + " WHERE topic = 'cognate.userpool.delivery.v1'"
                                + " AND payload->'data'->>'userPoolId' = $1")
                .execute(Tuple.of(poolId))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }
}
