package io.cognate.userpool.signup;

import static io.cognate.userpool.testing.SelfService.attr;
import static io.cognate.userpool.testing.SelfService.attributes;
import static io.cognate.userpool.testing.SelfService.freshEmail;
import static io.cognate.userpool.testing.SelfService.message;
import static io.cognate.userpool.testing.SelfService.wrong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.userpool.UserConfirmed;
import io.cognate.contracts.events.userpool.UserSignedUp;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.ConfigEventLog;
import io.cognate.userpool.testing.RealSmtpServer;
import io.cognate.userpool.testing.SelfService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyFailedAttemptsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/** SignUp, ConfirmSignUp and ResendConfirmationCode through the SDK, codes read from real mail. */
@QuarkusTest
class SignUpQuarkusTest {

    private static final Logger LOG = Logger.getLogger(SignUpQuarkusTest.class);
    private static final String PASSWORD = "Corr3ct#Horse";

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
                                        r.poolName("signup")
                                                .autoVerifiedAttributes(
                                                        VerifiedAttributeType.EMAIL))
                        .userPool()
                        .id();
        clientId = client(poolId);
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void signUpWhenEmailAutoVerifiedThenMailedCodeConfirmsUserAndVerifiesEmail() {
        String email = freshEmail("ana");

        long started = System.nanoTime();
        SignUpResponse signedUp = signUp("ana", email);
        LOG.infof("One SignUp took %d ms", (System.nanoTime() - started) / 1_000_000);

        assertThat(signedUp.userConfirmed()).isFalse();
        assertThat(UUID.fromString(signedUp.userSub())).isNotNull();
        assertThat(signedUp.codeDeliveryDetails().destination()).isEqualTo("a***@e***");
        assertThat(signedUp.codeDeliveryDetails().deliveryMedium())
                .isEqualTo(DeliveryMediumType.EMAIL);
        assertThat(signedUp.codeDeliveryDetails().attributeName()).isEqualTo("email");
        assertThat(status("ana")).isEqualTo(UserStatusType.UNCONFIRMED);

        RealSmtpServer.Received mail = RealSmtpServer.awaitMessage(email, 1);
        assertThat(mail.subject()).isEqualTo("Your verification code");
        assertThat(mail.from()).isEqualTo("no-reply@cognate.test");
        assertThat(mail.body()).contains("Your verification code is " + mail.code());

        app.confirmSignUp(r -> r.clientId(clientId).username("ana").confirmationCode(mail.code()));

        var user = admin.adminGetUser(r -> r.userPoolId(poolId).username("ana"));
        assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(attributes(user))
                .containsEntry("email_verified", "true")
                .containsEntry("sub", signedUp.userSub());
        List<DomainEvent> events = ConfigEventLog.eventsFor(dataSource, signedUp.userSub());
        assertThat(events)
                .filteredOn(UserSignedUp.class::isInstance)
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(((UserSignedUp) e).clientId()).isEqualTo(clientId);
                            assertThat(((UserSignedUp) e).confirmed()).isFalse();
                        });
        assertThat(events)
                .filteredOn(UserConfirmed.class::isInstance)
                .singleElement()
                .satisfies(e -> assertThat(((UserConfirmed) e).confirmedBy()).isEqualTo("SELF"));

        assertThatThrownBy(() -> confirm("ana", mail.code()))
                .isInstanceOf(NotAuthorizedException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "User cannot be confirmed. Current status is"
                                                        + " CONFIRMED"));
    }

    @Test
    void signUpWhenWarmThenTimed() {
        signUp("warm-up", freshEmail("warm"));
        for (int i = 1; i <= 5; i++) {
            String username = "timed-" + i;
            long started = System.nanoTime();
            signUp(username, freshEmail("timed"));
            LOG.infof("One warm SignUp took %d ms", (System.nanoTime() - started) / 1_000_000);
            assertThat(status(username)).isEqualTo(UserStatusType.UNCONFIRMED);
        }
    }

    @Test
    void confirmWhenWrongCodesThenMismatchCountedUntilTheCodeIsBurnt() {
        String email = freshEmail("ben");
        signUp("ben", email);
        String code = RealSmtpServer.awaitMessage(email, 1).code();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> confirm("ben", wrong(code)))
                    .isInstanceOf(CodeMismatchException.class)
                    .satisfies(
                            e ->
                                    assertThat(message(e))
                                            .isEqualTo(
                                                    "Invalid verification code provided, please"
                                                            + " try again."));
        }
        assertThatThrownBy(() -> confirm("ben", code))
                .isInstanceOf(TooManyFailedAttemptsException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "Too many failed attempts, please request a new"
                                                        + " code."));
        assertThatThrownBy(() -> confirm("ben", code))
                .isInstanceOf(ExpiredCodeException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "Invalid code provided, please request a code"
                                                        + " again."));

        var resent = app.resendConfirmationCode(r -> r.clientId(clientId).username("ben"));
        assertThat(resent.codeDeliveryDetails().destination()).isEqualTo("b***@e***");
        confirm("ben", RealSmtpServer.awaitMessage(email, 2).code());
        assertThat(status("ben")).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void resendWhenUnconfirmedThenOnlyTheNewCodeWorks() {
        String email = freshEmail("cleo");
        signUp("cleo", email);
        String first = RealSmtpServer.awaitMessage(email, 1).code();

        app.resendConfirmationCode(r -> r.clientId(clientId).username("cleo"));
        String second = RealSmtpServer.awaitMessage(email, 2).code();

        if (!first.equals(second)) {
            assertThatThrownBy(() -> confirm("cleo", first))
                    .isInstanceOf(CodeMismatchException.class);
        }
        confirm("cleo", second);
        assertThat(status("cleo")).isEqualTo(UserStatusType.CONFIRMED);
        assertThatThrownBy(
                        () ->
                                app.resendConfirmationCode(
                                        r -> r.clientId(clientId).username("cleo")))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("User is already confirmed."));
    }

    @Test
    void signUpWhenTemplateCustomThenMailCarriesItsSubjectAndMessage() {
        String pool =
                admin.createUserPool(
                                r ->
                                        r.poolName("templated")
                                                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                                                .verificationMessageTemplate(
                                                        t ->
                                                                t.emailSubject("Welcome to Acme")
                                                                        .emailMessage(
                                                                                "Acme code {####}"
                                                                                        + " - enjoy")))
                        .userPool()
                        .id();
        String client = client(pool);
        String email = freshEmail("dora");

        app.signUp(
                r ->
                        r.clientId(client)
                                .username("dora")
                                .password(PASSWORD)
                                .userAttributes(attr("email", email)));

        RealSmtpServer.Received mail = RealSmtpServer.awaitMessage(email, 1);
        assertThat(mail.subject()).isEqualTo("Welcome to Acme");
        assertThat(mail.body().trim()).isEqualTo("Acme code " + mail.code() + " - enjoy");
    }

    @Test
    void signUpWhenAllowAdminCreateUserOnlyThenNotAuthorized() {
        String pool =
                admin.createUserPool(
                                r ->
                                        r.poolName("closed")
                                                .adminCreateUserConfig(
                                                        c -> c.allowAdminCreateUserOnly(true)))
                        .userPool()
                        .id();
        String client = client(pool);

        assertThatThrownBy(
                        () ->
                                app.signUp(
                                        r -> r.clientId(client).username("eve").password(PASSWORD)))
                .isInstanceOf(NotAuthorizedException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo("SignUp is not permitted for this user pool"));
    }

    @Test
    void signUpWhenPasswordBreaksPolicyThenInvalidPasswordAndNoUser() {
        assertRefused("Sh0rt!", "Password not long enough");
        assertRefused("nouppercase1!", "Password must have uppercase characters");
        assertRefused("NoSymbols123", "Password must have symbol characters");
        assertThatThrownBy(() -> admin.adminGetUser(r -> r.userPoolId(poolId).username("fay")))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void signUpWhenUsernameTakenInAnyCaseThenUsernameExists() {
        signUp("gus", freshEmail("gus"));

        assertThatThrownBy(() -> signUp("GUS", freshEmail("gus2")))
                .isInstanceOf(UsernameExistsException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("User already exists"));
    }

    @Test
    void signUpWhenEmailIsTheUsernameThenSubNamesTheUserAndTheEmailIsUnique() {
        String pool =
                admin.createUserPool(
                                r ->
                                        r.poolName("email-names")
                                                .usernameAttributesWithStrings("email")
                                                .autoVerifiedAttributes(
                                                        VerifiedAttributeType.EMAIL))
                        .userPool()
                        .id();
        String client = client(pool);
        String email = freshEmail("hal");

        var signedUp = app.signUp(r -> r.clientId(client).username(email).password(PASSWORD));

        var user = admin.adminGetUser(r -> r.userPoolId(pool).username(email));
        assertThat(user.username()).isEqualTo(signedUp.userSub());
        assertThat(attributes(user)).containsEntry("email", email);
        assertThat(signedUp.codeDeliveryDetails().attributeName()).isEqualTo("email");
        app.confirmSignUp(
                r ->
                        r.clientId(client)
                                .username(email)
                                .confirmationCode(RealSmtpServer.awaitMessage(email, 1).code()));
        assertThat(admin.adminGetUser(r -> r.userPoolId(pool).username(email)).userStatus())
                .isEqualTo(UserStatusType.CONFIRMED);
        assertThatThrownBy(
                        () ->
                                app.signUp(
                                        r -> r.clientId(client).username(email).password(PASSWORD)))
                .isInstanceOf(UsernameExistsException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "An account with the given email already exists."));
    }

    @Test
    void signUpWhenNothingAutoVerifiedThenNoCodeAndResendRefused() {
        String pool = admin.createUserPool(r -> r.poolName("no-verify")).userPool().id();
        String client = client(pool);

        var signedUp =
                app.signUp(
                        r ->
                                r.clientId(client)
                                        .username("ivy")
                                        .password(PASSWORD)
                                        .userAttributes(attr("email", freshEmail("ivy"))));

        assertThat(signedUp.codeDeliveryDetails()).isNull();
        assertThat(signedUp.userConfirmed()).isFalse();
        assertThatThrownBy(
                        () -> app.resendConfirmationCode(r -> r.clientId(client).username("ivy")))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "Cannot resend codes. Auto verification not turned"
                                                        + " on."));
    }

    @Test
    void signUpWhenAttributeNotWritableByTheClientThenNotAuthorized() {
        String limited =
                admin.createUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientName("limited")
                                                .writeAttributes("email"))
                        .userPoolClient()
                        .clientId();

        assertThatThrownBy(
                        () ->
                                app.signUp(
                                        r ->
                                                r.clientId(limited)
                                                        .username("jon")
                                                        .password(PASSWORD)
                                                        .userAttributes(
                                                                attr("email", freshEmail("jon")),
                                                                attr("name", "Jon"))))
                .isInstanceOf(NotAuthorizedException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "A client attempted to write unauthorized"
                                                        + " attribute"));
        assertThatThrownBy(() -> signUp("kim", freshEmail("kim"), attr("email_verified", "true")))
                .isInstanceOf(NotAuthorizedException.class);
        app.signUp(
                r ->
                        r.clientId(limited)
                                .username("jon")
                                .password(PASSWORD)
                                .userAttributes(attr("email", freshEmail("jon"))));
        assertThat(status("jon")).isEqualTo(UserStatusType.UNCONFIRMED);
    }

    @Test
    void confirmWhenVerifiedEmailIsAnotherUsersAliasThenAliasExistsUnlessForced() {
        String pool =
                admin.createUserPool(
                                r ->
                                        r.poolName("aliases")
                                                .aliasAttributesWithStrings("email")
                                                .autoVerifiedAttributes(
                                                        VerifiedAttributeType.EMAIL))
                        .userPool()
                        .id();
        String client = client(pool);
        String email = freshEmail("shared");
        for (String name : List.of("lea", "max")) {
            app.signUp(
                    r ->
                            r.clientId(client)
                                    .username(name)
                                    .password(PASSWORD)
                                    .userAttributes(attr("email", email)));
        }
        String leaCode = RealSmtpServer.awaitMessage(email, 1).code();
        String maxCode = RealSmtpServer.awaitMessage(email, 2).code();
        app.confirmSignUp(r -> r.clientId(client).username("lea").confirmationCode(leaCode));

        assertThatThrownBy(
                        () ->
                                app.confirmSignUp(
                                        r ->
                                                r.clientId(client)
                                                        .username("max")
                                                        .confirmationCode(maxCode)))
                .isInstanceOf(
                        software.amazon.awssdk.services.cognitoidentityprovider.model
                                .AliasExistsException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "An account with the given email already exists."));
        app.confirmSignUp(
                r ->
                        r.clientId(client)
                                .username("max")
                                .confirmationCode(maxCode)
                                .forceAliasCreation(true));

        assertThat(admin.adminGetUser(r -> r.userPoolId(pool).username(email)).username())
                .isEqualTo("max");
        assertThat(attributes(admin.adminGetUser(r -> r.userPoolId(pool).username("lea"))))
                .containsEntry("email_verified", "false");
    }

    @Test
    void signUpWhenClientUnknownThenResourceNotFound() {
        assertThatThrownBy(
                        () ->
                                app.signUp(
                                        r ->
                                                r.clientId("1example23456789abcdefghij")
                                                        .username("nia")
                                                        .password(PASSWORD)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private SignUpResponse signUp(String username, String email, AttributeType... more) {
        List<AttributeType> attributes = new java.util.ArrayList<>(List.of(attr("email", email)));
        attributes.addAll(List.of(more));
        return app.signUp(
                r ->
                        r.clientId(clientId)
                                .username(username)
                                .password(PASSWORD)
                                .userAttributes(attributes));
    }

    private void confirm(String username, String code) {
        app.confirmSignUp(r -> r.clientId(clientId).username(username).confirmationCode(code));
    }

    private void assertRefused(String password, String rule) {
        assertThatThrownBy(
                        () ->
                                app.signUp(
                                        r ->
                                                r.clientId(clientId)
                                                        .username("fay")
                                                        .password(password)))
                .isInstanceOf(InvalidPasswordException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "Password did not conform with policy: " + rule));
    }

    private UserStatusType status(String username) {
        return admin.adminGetUser(r -> r.userPoolId(poolId).username(username)).userStatus();
    }

    private String client(String pool) {
        return admin.createUserPoolClient(r -> r.userPoolId(pool).clientName("app"))
                .userPoolClient()
                .clientId();
    }
}
