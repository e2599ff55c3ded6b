package io.cognate.userpool.srp;

import static io.cognate.userpool.testing.SelfService.attr;
import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.ConfigEventLog;
import io.cognate.userpool.testing.SelfService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

/** Every way a password is set stores the SRP salt and verifier of that password (§3.2). */
@QuarkusTest
class SrpVerifiersQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject Pool pg;
    @Inject DataSource dataSource;

    private CognitoIdentityProviderClient admin;
    private CognitoIdentityProviderClient app;
    private String poolId;
    private String clientId;

    @BeforeEach
    void connect() {
        admin = CognitoClients.root(endpoint);
        app = SelfService.anonymous(endpoint);
        poolId = admin.createUserPool(r -> r.poolName("srp-verifiers")).userPool().id();
        clientId = client(poolId);
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void signUpWhenPasswordGivenThenVerifierOfThatPasswordForTheUsername() {
        String sub =
                app.signUp(r -> r.clientId(clientId).username("Alice").password("Sign#Up1pass"))
                        .userSub();

        StoredVerifiers stored = StoredVerifiers.of(pg, poolId, sub);
        assertThat(stored.username()).isEqualTo("Alice");
        assertThat(stored.isFor(poolId, "Sign#Up1pass")).isTrue();
        assertThat(stored.isFor(poolId, "Sign#Up1pasS")).isFalse();
    }

    @Test
    void adminCreateUserWhenTemporaryPasswordThenVerifierOfTheTemporaryPassword() {
        String sub = create("bruno", "Temp#Pass1");

        assertThat(StoredVerifiers.of(pg, poolId, sub).isFor(poolId, "Temp#Pass1")).isTrue();
    }

    @Test
    void adminCreateUserWhenResentThenVerifierOfTheNewTemporaryPassword() {
        String sub = create("bea", "Temp#Pass1", attr("email", "bea@example.com"));
        String before = StoredVerifiers.of(pg, poolId, sub).salt();

        admin.adminCreateUser(
                r ->
                        r.userPoolId(poolId)
                                .username("bea")
                                .temporaryPassword("Temp#Pass2")
                                .messageAction(MessageActionType.RESEND)
                                .desiredDeliveryMediums(DeliveryMediumType.EMAIL));

        StoredVerifiers stored = StoredVerifiers.of(pg, poolId, sub);
        assertThat(stored.isFor(poolId, "Temp#Pass2")).isTrue();
        assertThat(stored.salt()).isNotEqualTo(before);
    }

    @Test
    void adminSetUserPasswordWhenChangedThenVerifierOfTheNewPasswordWithAFreshSalt() {
        String sub = create("carla", "Temp#Pass1");
        String firstSalt = StoredVerifiers.of(pg, poolId, sub).salt();

        admin.adminSetUserPassword(
                r -> r.userPoolId(poolId).username("carla").password("Perm#Pass1").permanent(true));

        StoredVerifiers stored = StoredVerifiers.of(pg, poolId, sub);
        assertThat(stored.isFor(poolId, "Perm#Pass1")).isTrue();
        assertThat(stored.isFor(poolId, "Temp#Pass1")).isFalse();
        assertThat(stored.salt()).isNotEqualTo(firstSalt);
    }

    @Test
    void confirmForgotPasswordWhenCodeRightThenVerifierOfTheNewPassword() {
        String sub =
                create(
                        "dora",
                        "Temp#Pass1",
                        attr("email", "dora@example.com"),
                        attr("email_verified", "true"));
        admin.adminSetUserPassword(
                r ->
                        r.userPoolId(poolId)
                                .username("dora")
                                .password("Old#Passw0rd")
                                .permanent(true));
        app.forgotPassword(r -> r.clientId(clientId).username("dora"));
        String code =
                ConfigEventLog.eventsFor(dataSource, sub).stream()
                        .filter(CodeDeliveryRequested.class::isInstance)
                        .map(e -> ((CodeDeliveryRequested) e).code())
                        .reduce((first, last) -> last)
                        .orElseThrow();

        app.confirmForgotPassword(
                r ->
                        r.clientId(clientId)
                                .username("dora")
                                .confirmationCode(code)
                                .password("N3w#Password"));

        StoredVerifiers stored = StoredVerifiers.of(pg, poolId, sub);
        assertThat(stored.isFor(poolId, "N3w#Password")).isTrue();
        assertThat(stored.isFor(poolId, "Old#Passw0rd")).isFalse();
    }

    @Test
    void signUpWhenEmailIsTheUsernameThenVerifierIsForTheSub() {
        String emailPool =
                admin.createUserPool(
                                r ->
                                        r.poolName("srp-email")
                                                .usernameAttributes(UsernameAttributeType.EMAIL))
                        .userPool()
                        .id();
        String emailClient = client(emailPool);

        String sub =
                app.signUp(
                                r ->
                                        r.clientId(emailClient)
                                                .username("eve@example.com")
                                                .password("Sign#Up1pass"))
                        .userSub();

        StoredVerifiers stored = StoredVerifiers.of(pg, emailPool, sub);
        assertThat(stored.username()).isEqualTo(sub);
        assertThat(stored.isFor(emailPool, "Sign#Up1pass")).isTrue();
    }

    private String client(String userPoolId) {
        return admin.createUserPoolClient(r -> r.userPoolId(userPoolId).clientName("app"))
                .userPoolClient()
                .clientId();
    }

    private String create(String username, String password, AttributeType... attributes) {
        return admin
                .adminCreateUser(
                        r ->
                                r.userPoolId(poolId)
                                        .username(username)
                                        .temporaryPassword(password)
                                        .messageAction(MessageActionType.SUPPRESS)
                                        .userAttributes(attributes))
                .user()
                .attributes()
                .stream()
                .filter(a -> a.name().equals("sub"))
                .findFirst()
                .orElseThrow()
                .value();
    }
}
