package io.cognate.userpool.signup;

import static io.cognate.userpool.testing.SelfService.attr;
import static io.cognate.userpool.testing.SelfService.freshEmail;
import static io.cognate.userpool.testing.SelfService.message;
import static io.cognate.userpool.testing.SelfService.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.testing.CodeDeliveries;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.ConfigEventLog;
import io.cognate.userpool.testing.Parallel;
import io.cognate.userpool.testing.SelfService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyFailedAttemptsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * Cognito's per-user hourly limits on the sign-up code operations (ResendConfirmationCode 5,
 * ConfirmSignUp 15), sequentially and in parallel, with codes read from the committed
 * CodeDeliveryRequested events.
 */
@QuarkusTest
class ConfirmationThrottlesQuarkusTest {

    private static final String LIMIT = "Attempt limit exceeded, please try after some time.";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private CognitoIdentityProviderClient admin;
    private CognitoIdentityProviderClient app;
    private String poolId;
    private String clientId;

    @BeforeEach
    void connect() {
        admin = CognitoClients.root(endpoint);
        app = SelfService.anonymous(endpoint);
        poolId =
                admin.createUserPool(
                                r ->
                                        r.poolName("throttles")
                                                .autoVerifiedAttributes(
                                                        VerifiedAttributeType.EMAIL))
                        .userPool()
                        .id();
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

    private String signUp(String username) {
        return app.signUp(
                        r ->
                                r.clientId(clientId)
                                        .username(username)
                                        .password("Corr3ct#Horse")
                                        .userAttributes(attr("email", freshEmail(username))))
                .userSub();
    }

    private void resend(String username) {
        app.resendConfirmationCode(r -> r.clientId(clientId).username(username));
    }

    private void confirm(String username, String code) {
        app.confirmSignUp(r -> r.clientId(clientId).username(username).confirmationCode(code));
    }

    private String lastCode(String sub) {
        return CodeDeliveries.last(dataSource, sub).code();
    }

    private long codesSent(String sub) {
        return ConfigEventLog.eventsFor(dataSource, sub).stream()
                .filter(CodeDeliveryRequested.class::isInstance)
                .count();
    }

    @Test
    void resendWhenFiveThisHourThenLimitExceededAndNothingSent() {
        String sub = signUp("amy");
        for (int i = 1; i <= 5; i++) {
            resend("amy");
        }

        assertThatThrownBy(() -> resend("amy"))
                .isInstanceOf(LimitExceededException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo(LIMIT));
        assertThat(codesSent(sub)).isEqualTo(6);
        confirm("amy", lastCode(sub));
    }

    @Test
    void resendWhenTenInParallelThenExactlyFiveSent() throws Exception {
        String sub = signUp("ben");

        Map<String, Integer> outcomes = Parallel.tally(10, () -> resend("ben"));

        assertThat(outcomes)
                .containsExactlyInAnyOrderEntriesOf(Map.of("OK", 5, "LimitExceededException", 5));
        assertThat(codesSent(sub)).isEqualTo(6);
    }

    @Test
    void confirmWhenFiveWrongCodesThenTooManyFailedAttemptsAndAfterFifteenLimitExceeded() {
        String sub = signUp("cat");
        String code = lastCode(sub);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> confirm("cat", wrong(code)))
                    .isInstanceOf(CodeMismatchException.class);
        }
        assertThatThrownBy(() -> confirm("cat", code))
                .isInstanceOf(TooManyFailedAttemptsException.class);
        for (int attempt = 7; attempt <= 15; attempt++) {
            assertThatThrownBy(() -> confirm("cat", code)).isInstanceOf(ExpiredCodeException.class);
        }
        resend("cat");
        String fresh = lastCode(sub);

        assertThatThrownBy(() -> confirm("cat", fresh))
                .isInstanceOf(LimitExceededException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo(LIMIT));
        assertThat(admin.adminGetUser(r -> r.userPoolId(poolId).username("cat")).userStatus())
                .isEqualTo(UserStatusType.UNCONFIRMED);
    }

    @Test
    void confirmWhenTwentyInParallelThenFifteenCheckedAndTheCodeBurntOnce() throws Exception {
        String sub = signUp("dot");
        String code = lastCode(sub);

        Map<String, Integer> outcomes = Parallel.tally(20, () -> confirm("dot", wrong(code)));

        assertThat(outcomes)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                                "CodeMismatchException", 5,
                                "TooManyFailedAttemptsException", 1,
                                "ExpiredCodeException", 9,
                                "LimitExceededException", 5));
    }
}
