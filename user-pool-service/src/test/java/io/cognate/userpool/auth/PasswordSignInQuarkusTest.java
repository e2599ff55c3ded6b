package io.cognate.userpool.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/** USER_PASSWORD_AUTH and ADMIN_USER_PASSWORD_AUTH through the AWS SDK, with Cognito's errors. */
@QuarkusTest
class PasswordSignInQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    SignInFixture fixture;

    @BeforeEach
    void pool() {
        fixture = new SignInFixture(endpoint, PreventUserExistenceErrorTypes.ENABLED);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void initiateAuthWhenPasswordRightThenTokens() {
        String username = fixture.confirmedUser();

        var response = fixture.passwordSignIn(username, SignInFixture.PASSWORD);

        assertThat(response.challengeName()).isNull();
        assertThat(response.session()).isNull();
        assertThat(response.challengeParameters()).isEmpty();
        var tokens = response.authenticationResult();
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.expiresIn()).isEqualTo(3600);
        assertThat(tokens.idToken().split("\\.")).hasSize(3);
        assertThat(tokens.accessToken().split("\\.")).hasSize(3);
        assertThat(tokens.refreshToken()).isNotBlank();
    }

    @Test
    void initiateAuthWhenSignedInByEmailAliasThenTokens() {
        var poolId =
                fixture.cognito
                        .createUserPool(
                                r -> r.poolName("by-email").usernameAttributesWithStrings("email"))
                        .userPool()
                        .id();
        var clientId =
                fixture.cognito
                        .createUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientName("app")
                                                .explicitAuthFlows(
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_USER_PASSWORD_AUTH,
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_REFRESH_TOKEN_AUTH))
                        .userPoolClient()
                        .clientId();
        fixture.cognito.adminCreateUser(
                r -> r.userPoolId(poolId).username("Mia@Example.com").messageAction("SUPPRESS"));
        fixture.cognito.adminSetUserPassword(
                r ->
                        r.userPoolId(poolId)
                                .username("mia@example.com")
                                .password(SignInFixture.PASSWORD)
                                .permanent(true));

        var response =
                fixture.cognito.initiateAuth(
                        r ->
                                r.clientId(clientId)
                                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                                        .authParameters(
                                                Map.of(
                                                        "USERNAME",
                                                        "mia@example.com",
                                                        "PASSWORD",
                                                        SignInFixture.PASSWORD)));

        assertThat(response.authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void initiateAuthWhenClientHasSecretThenSecretHashRequiredAndChecked() throws Exception {
        String username = fixture.confirmedUser();
        var client =
                fixture.cognito
                        .createUserPoolClient(
                                r ->
                                        r.userPoolId(fixture.poolId)
                                                .clientName("confidential")
                                                .generateSecret(true)
                                                .explicitAuthFlows(
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_USER_PASSWORD_AUTH,
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_REFRESH_TOKEN_AUTH))
                        .userPoolClient();
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(
                new javax.crypto.spec.SecretKeySpec(
                        client.clientSecret().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "HmacSHA256"));
        String secretHash =
                java.util.Base64.getEncoder()
                        .encodeToString(
                                mac.doFinal(
                                        (username + client.clientId())
                                                .getBytes(
                                                        java.nio.charset.StandardCharsets.UTF_8)));
        Map<String, String> withoutHash =
                Map.of("USERNAME", username, "PASSWORD", SignInFixture.PASSWORD);
        Map<String, String> withWrongHash =
                Map.of(
                        "USERNAME",
                        username,
                        "PASSWORD",
                        SignInFixture.PASSWORD,
                        "SECRET_HASH",
                        "AAAA" + secretHash.substring(4));
        Map<String, String> withHash =
                Map.of(
                        "USERNAME", username,
                        "PASSWORD", SignInFixture.PASSWORD,
                        "SECRET_HASH", secretHash);

        assertThatThrownBy(() -> signIn(client.clientId(), withoutHash))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith(
                        "Client "
                                + client.clientId()
                                + " is configured with secret but SECRET_HASH was not received");
        assertThatThrownBy(() -> signIn(client.clientId(), withWrongHash))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith(
                        "Unable to verify secret hash for client " + client.clientId());
        assertThat(signIn(client.clientId(), withHash).authenticationResult().idToken())
                .isNotBlank();
    }

    private software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse
            signIn(String clientId, Map<String, String> parameters) {
        return fixture.cognito.initiateAuth(
                r ->
                        r.clientId(clientId)
                                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                                .authParameters(parameters));
    }

    @Test
    void initiateAuthWhenPasswordWrongThenIncorrectUsernameOrPassword() {
        String username = fixture.confirmedUser();

        assertThatThrownBy(() -> fixture.passwordSignIn(username, "Wr0ng-Password!"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
    }

    @Test
    void initiateAuthWhenUserUnknownAndExistenceHiddenThenSameErrorAsWrongPassword() {
        assertThatThrownBy(() -> fixture.passwordSignIn("nobody-here", SignInFixture.PASSWORD))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
    }

    @Test
    void initiateAuthWhenUserUnknownAndClientLegacyThenUserNotFound() {
        try (var legacy = new SignInFixture(endpoint, PreventUserExistenceErrorTypes.LEGACY)) {
            assertThatThrownBy(() -> legacy.passwordSignIn("nobody-here", SignInFixture.PASSWORD))
                    .isInstanceOf(UserNotFoundException.class)
                    .hasMessageStartingWith("User does not exist.");
        }
    }

    @Test
    void initiateAuthWhenFlowNotEnabledThenInvalidParameter() {
        String username = fixture.confirmedUser();
        String srpOnly =
                fixture.cognito
                        .createUserPoolClient(
                                r ->
                                        r.userPoolId(fixture.poolId)
                                                .clientName("srp-only")
                                                .explicitAuthFlows(
                                                        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_REFRESH_TOKEN_AUTH))
                        .userPoolClient()
                        .clientId();

        assertThatThrownBy(
                        () ->
                                fixture.cognito.initiateAuth(
                                        r ->
                                                r.clientId(srpOnly)
                                                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                                                        .authParameters(
                                                                Map.of(
                                                                        "USERNAME",
                                                                        username,
                                                                        "PASSWORD",
                                                                        SignInFixture.PASSWORD))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("USER_PASSWORD_AUTH flow not enabled for this client");
    }

    @Test
    void initiateAuthWhenAdminFlowRequestedThenNotSupported() {
        String username = fixture.confirmedUser();

        assertThatThrownBy(
                        () ->
                                fixture.cognito.initiateAuth(
                                        r ->
                                                r.clientId(fixture.clientId)
                                                        .authFlow(
                                                                AuthFlowType
                                                                        .ADMIN_USER_PASSWORD_AUTH)
                                                        .authParameters(
                                                                Map.of(
                                                                        "USERNAME",
                                                                        username,
                                                                        "PASSWORD",
                                                                        SignInFixture.PASSWORD))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("Initiate Auth method not supported.");
    }

    @Test
    void initiateAuthWhenPasswordMissingThenMissingRequiredParameter() {
        assertThatThrownBy(
                        () ->
                                fixture.cognito.initiateAuth(
                                        r ->
                                                r.clientId(fixture.clientId)
                                                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                                                        .authParameters(
                                                                Map.of("USERNAME", "someone"))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("Missing required parameter PASSWORD");
    }

    @Test
    void initiateAuthWhenClientUnknownThenResourceNotFound() {
        assertThatThrownBy(
                        () ->
                                fixture.cognito.initiateAuth(
                                        r ->
                                                r.clientId("1234567890abcdefghijklmnop")
                                                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                                                        .authParameters(
                                                                Map.of(
                                                                        "USERNAME", "a",
                                                                        "PASSWORD", "b"))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void adminInitiateAuthWhenPasswordRightThenTokens() {
        String username = fixture.confirmedUser();

        var response =
                fixture.cognito.adminInitiateAuth(
                        r ->
                                r.userPoolId(fixture.poolId)
                                        .clientId(fixture.clientId)
                                        .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                                        .authParameters(
                                                Map.of(
                                                        "USERNAME",
                                                        username,
                                                        "PASSWORD",
                                                        SignInFixture.PASSWORD)));

        assertThat(response.authenticationResult().idToken()).isNotBlank();
    }

    @Test
    void adminInitiateAuthWhenSignedWithWrongSecretThenRefused() {
        String username = fixture.confirmedUser();
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (var intruder =
                CognitoClients.signedWith(
                        endpoint,
                        config.getValue("cognate.root.access-key-id", String.class),
                        "not-the-secret")) {
            assertThatThrownBy(
                            () ->
                                    intruder.adminInitiateAuth(
                                            r ->
                                                    r.userPoolId(fixture.poolId)
                                                            .clientId(fixture.clientId)
                                                            .authFlow(
                                                                    AuthFlowType
                                                                            .ADMIN_USER_PASSWORD_AUTH)
                                                            .authParameters(
                                                                    Map.of(
                                                                            "USERNAME",
                                                                            username,
                                                                            "PASSWORD",
                                                                            SignInFixture
                                                                                    .PASSWORD))))
                    .hasMessageContaining("signature");
        }
    }

    @Test
    void adminInitiateAuthWhenClientOfAnotherPoolThenResourceNotFound() {
        String otherPool = fixture.cognito.createUserPool(r -> r.poolName("other")).userPool().id();

        assertThatThrownBy(
                        () ->
                                fixture.cognito.adminInitiateAuth(
                                        r ->
                                                r.userPoolId(otherPool)
                                                        .clientId(fixture.clientId)
                                                        .authFlow(
                                                                AuthFlowType
                                                                        .ADMIN_USER_PASSWORD_AUTH)
                                                        .authParameters(
                                                                Map.of(
                                                                        "USERNAME", "a",
                                                                        "PASSWORD", "b"))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void initiateAuthWhenUserDisabledThenUserIsDisabled() {
        String username = fixture.confirmedUser();
        fixture.cognito.adminDisableUser(r -> r.userPoolId(fixture.poolId).username(username));

        assertThatThrownBy(() -> fixture.passwordSignIn(username, SignInFixture.PASSWORD))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("User is disabled.");
    }

    @Test
    void initiateAuthWhenDisabledUserGivesWrongPasswordThenNothingRevealed() {
        String username = fixture.confirmedUser();
        fixture.cognito.adminDisableUser(r -> r.userPoolId(fixture.poolId).username(username));

        assertThatThrownBy(() -> fixture.passwordSignIn(username, "Wr0ng-Password!"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
    }

    @Test
    void initiateAuthWhenUserUnconfirmedThenUserNotConfirmed() {
        fixture.cognito.signUp(
                r ->
                        r.clientId(fixture.clientId)
                                .username("pending")
                                .password(SignInFixture.PASSWORD));

        assertThatThrownBy(() -> fixture.passwordSignIn("pending", SignInFixture.PASSWORD))
                .isInstanceOf(UserNotConfirmedException.class)
                .hasMessageStartingWith("User is not confirmed.");
    }

    @Test
    void initiateAuthWhenPasswordResetByAdminThenPasswordResetRequired() {
        String username = fixture.confirmedUser();
        fixture.cognito.adminResetUserPassword(
                r -> r.userPoolId(fixture.poolId).username(username));

        assertThatThrownBy(() -> fixture.passwordSignIn(username, SignInFixture.PASSWORD))
                .isInstanceOf(PasswordResetRequiredException.class)
                .hasMessageStartingWith("Password reset required for the user");
    }

    @Test
    void initiateAuthWhenPasswordLongerThanModelAllowsThenRefusedNotTruncated() {
        String username = fixture.confirmedUser();

        assertThatThrownBy(
                        () ->
                                fixture.passwordSignIn(
                                        username, SignInFixture.PASSWORD + "x".repeat(300)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
    }
}
