package io.cognate.userpool.signup;

import static io.cognate.userpool.testing.SelfService.attr;
import static io.cognate.userpool.testing.SelfService.freshEmail;
import static io.cognate.userpool.testing.SelfService.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.RealSmtpServer;
import io.cognate.userpool.testing.SecretHashes;
import io.cognate.userpool.testing.SelfService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** Every self-service operation of a client with a secret requires the right SECRET_HASH. */
@QuarkusTest
class SelfServiceSecretHashQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    private CognitoIdentityProviderClient admin;
    private CognitoIdentityProviderClient app;
    private String poolId;
    private String clientId;
    private String secret;

    @BeforeEach
    void connect() {
        admin = CognitoClients.root(endpoint);
        app = SelfService.anonymous(endpoint);
        poolId =
                admin.createUserPool(
                                r ->
                                        r.poolName("secret-hash")
                                                .autoVerifiedAttributes(
                                                        VerifiedAttributeType.EMAIL))
                        .userPool()
                        .id();
        var client =
                admin.createUserPoolClient(
                                r -> r.userPoolId(poolId).clientName("server").generateSecret(true))
                        .userPoolClient();
        clientId = client.clientId();
        secret = client.clientSecret();
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void signUpWhenSecretHashRightThenEveryStepSucceeds() {
        String email = freshEmail("ola");
        app.signUp(
                r ->
                        r.clientId(clientId)
                                .secretHash(hash("ola"))
                                .username("ola")
                                .password("Corr3ct#Horse")
                                .userAttributes(attr("email", email)));
        app.resendConfirmationCode(
                r -> r.clientId(clientId).secretHash(hash("ola")).username("ola"));
        String code = RealSmtpServer.awaitMessage(email, 2).code();

        app.confirmSignUp(
                r ->
                        r.clientId(clientId)
                                .secretHash(hash("ola"))
                                .username("ola")
                                .confirmationCode(code));

        assertThat(admin.adminGetUser(r -> r.userPoolId(poolId).username("ola")).userStatus())
                .isEqualTo(UserStatusType.CONFIRMED);
        app.forgotPassword(r -> r.clientId(clientId).secretHash(hash("ola")).username("ola"));
        String reset = RealSmtpServer.awaitMessage(email, 3).code();
        app.confirmForgotPassword(
                r ->
                        r.clientId(clientId)
                                .secretHash(hash("ola"))
                                .username("ola")
                                .confirmationCode(reset)
                                .password("N3w#Password"));
    }

    @Test
    void everyOperationWhenSecretHashMissingOrWrongThenNotAuthorized() {
        String missing =
                "Client "
                        + clientId
                        + " is configured with secret but SECRET_HASH was not received";
        String wrong = "Unable to verify secret hash for client " + clientId;
        String other = hash("somebody-else");

        assertRefused(
                () ->
                        app.signUp(
                                r ->
                                        r.clientId(clientId)
                                                .username("pia")
                                                .password("Corr3ct#Horse")),
                missing);
        assertRefused(
                () ->
                        app.signUp(
                                r ->
                                        r.clientId(clientId)
                                                .secretHash(other)
                                                .username("pia")
                                                .password("Corr3ct#Horse")),
                wrong);
        assertRefused(
                () ->
                        app.confirmSignUp(
                                r ->
                                        r.clientId(clientId)
                                                .username("pia")
                                                .confirmationCode("123456")),
                missing);
        assertRefused(
                () ->
                        app.resendConfirmationCode(
                                r -> r.clientId(clientId).secretHash(other).username("pia")),
                wrong);
        assertRefused(() -> app.forgotPassword(r -> r.clientId(clientId).username("pia")), missing);
        assertRefused(
                () ->
                        app.confirmForgotPassword(
                                r ->
                                        r.clientId(clientId)
                                                .secretHash(other)
                                                .username("pia")
                                                .confirmationCode("123456")
                                                .password("N3w#Password")),
                wrong);
    }

    private static void assertRefused(Executable call, String expected) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(NotAuthorizedException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo(expected));
    }

    private String hash(String username) {
        return SecretHashes.of(secret, username, clientId);
    }
}
