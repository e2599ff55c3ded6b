package io.cognate.userpool.recovery;

import static io.cognate.userpool.testing.SelfService.attr;
import static io.cognate.userpool.testing.SelfService.freshEmail;
import static io.cognate.userpool.testing.SelfService.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.RealSmtpServer;
import io.cognate.userpool.testing.SelfService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * SECURITY-CASES 13 for the self-service operations: with PreventUserExistenceErrors ENABLED an
 * unknown user gets what a known one gets (and nothing is sent); with LEGACY,
 * UserNotFoundException.
 */
@QuarkusTest
class PreventUserExistenceErrorsQuarkusTest {

    private static final Logger LOG = Logger.getLogger(PreventUserExistenceErrorsQuarkusTest.class);
    private static final String NOT_FOUND = "Username/client id combination not found.";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject Pool pg;

    private CognitoIdentityProviderClient admin;
    private CognitoIdentityProviderClient app;
    private String poolId;

    @BeforeEach
    void connect() {
        admin = CognitoClients.root(endpoint);
        app = SelfService.anonymous(endpoint);
        poolId =
                admin.createUserPool(
                                r ->
                                        r.poolName("existence")
                                                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                                                .accountRecoverySetting(
                                                        s ->
                                                                s.recoveryMechanisms(
                                                                        m ->
                                                                                m.name(
                                                                                                "verified_email")
                                                                                        .priority(
                                                                                                1))))
                        .userPool()
                        .id();
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void unknownUserWhenEnabledThenSameAnswersAsAKnownUserAndNothingSent() {
        String client = client(PreventUserExistenceErrorTypes.ENABLED);
        String email = freshEmail("uma");
        knownUser("uma", email);
        long before = deliveries();

        long started = System.nanoTime();
        CodeDeliveryDetailsType unknown =
                app.forgotPassword(r -> r.clientId(client).username("nobody"))
                        .codeDeliveryDetails();
        long unknownNanos = System.nanoTime() - started;
        started = System.nanoTime();
        CodeDeliveryDetailsType known =
                app.forgotPassword(r -> r.clientId(client).username("uma")).codeDeliveryDetails();
        long knownNanos = System.nanoTime() - started;
        LOG.infof(
                "ForgotPassword: unknown user %d ms, known user %d ms",
                unknownNanos / 1_000_000, knownNanos / 1_000_000);

        assertThat(unknown.deliveryMedium()).isEqualTo(known.deliveryMedium());
        assertThat(unknown.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
        assertThat(unknown.attributeName()).isEqualTo(known.attributeName());
        assertThat(unknown.destination()).matches("n\\*\\*\\*@[a-z]\\*\\*\\*");
        assertThat(
                        app.forgotPassword(r -> r.clientId(client).username("nobody"))
                                .codeDeliveryDetails())
                .isEqualTo(unknown);
        var resent =
                app.resendConfirmationCode(r -> r.clientId(client).username("nobody"))
                        .codeDeliveryDetails();
        assertThat(resent.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
        assertThat(resent.attributeName()).isEqualTo("email");
        assertThat(deliveries()).isEqualTo(before + 1); // only the known user's reset code

        assertMismatch(
                () ->
                        app.confirmSignUp(
                                r ->
                                        r.clientId(client)
                                                .username("nobody")
                                                .confirmationCode("123456")));
        assertMismatch(
                () ->
                        app.confirmForgotPassword(
                                r ->
                                        r.clientId(client)
                                                .username("nobody")
                                                .confirmationCode("123456")
                                                .password("N3w#Password")));
        String longest = "9".repeat(2048); // ConfirmationCodeType's maximum
        assertMismatch(
                () ->
                        app.confirmSignUp(
                                r ->
                                        r.clientId(client)
                                                .username("nobody")
                                                .confirmationCode(longest)));
        String code = RealSmtpServer.awaitMessage(email, 1).code();
        assertMismatch(
                () ->
                        app.confirmForgotPassword(
                                r ->
                                        r.clientId(client)
                                                .username("uma")
                                                .confirmationCode(longest)
                                                .password("N3w#Password")));
        assertMismatch(
                () ->
                        app.confirmForgotPassword(
                                r ->
                                        r.clientId(client)
                                                .username("uma")
                                                .confirmationCode(SelfService.wrong(code))
                                                .password("N3w#Password")));
    }

    @Test
    void unknownUserWhenLegacyThenUserNotFound() {
        String client = client(PreventUserExistenceErrorTypes.LEGACY);

        assertNotFound(() -> app.forgotPassword(r -> r.clientId(client).username("nobody")));
        assertNotFound(
                () -> app.resendConfirmationCode(r -> r.clientId(client).username("nobody")));
        assertNotFound(
                () ->
                        app.confirmSignUp(
                                r ->
                                        r.clientId(client)
                                                .username("nobody")
                                                .confirmationCode("123456")));
        assertNotFound(
                () ->
                        app.confirmForgotPassword(
                                r ->
                                        r.clientId(client)
                                                .username("nobody")
                                                .confirmationCode("123456")
                                                .password("N3w#Password")));
    }

    private static void assertMismatch(Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(CodeMismatchException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "Invalid verification code provided, please try"
                                                        + " again."));
    }

    private static void assertNotFound(Executable call) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(UserNotFoundException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo(NOT_FOUND));
    }

    private void knownUser(String username, String email) {
        admin.adminCreateUser(
                r ->
                        r.userPoolId(poolId)
                                .username(username)
                                .messageAction(MessageActionType.SUPPRESS)
                                .userAttributes(
                                        attr("email", email), attr("email_verified", "true")));
        admin.adminSetUserPassword(
                r ->
                        r.userPoolId(poolId)
                                .username(username)
                                .password("Old#Passw0rd")
                                .permanent(true));
    }

    private String client(PreventUserExistenceErrorTypes mode) {
        return admin.createUserPoolClient(
                        r ->
                                r.userPoolId(poolId)
                                        .clientName("app-" + mode)
                                        .preventUserExistenceErrors(mode))
                .userPoolClient()
                .clientId();
    }

    private long deliveries() {
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
