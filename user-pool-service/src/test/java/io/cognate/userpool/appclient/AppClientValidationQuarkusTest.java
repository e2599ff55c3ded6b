package io.cognate.userpool.appclient;

import static io.cognate.userpool.appclient.AppClientLifecycleQuarkusTest.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidOAuthFlowException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ScopeDoesNotExistException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;

/**
 * Bad app client input comes back as the modeled error the SDK raises, with a message that says
 * what is wrong, and nothing is created.
 */
@QuarkusTest
class AppClientValidationQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
        poolId = cognito.createUserPool(r -> r.poolName("validation")).userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createWhenClientNameTooLongThenInvalidParameterAndNothingCreated() {
        assertThatThrownBy(
                        () ->
                                cognito.createUserPoolClient(
                                        r -> r.userPoolId(poolId).clientName("n".repeat(129))))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> assertThat(message(e)).contains("clientName"));
        assertNoClients();
    }

    @Test
    void createWhenAuthSessionValidityOutsideModelRangeThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.createUserPoolClient(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .clientName("x")
                                                        .authSessionValidity(16)))
                .isInstanceOf(InvalidParameterException.class);
        assertNoClients();
    }

    @Test
    void createWhenAccessTokenLivesTwoDaysThenInvalidParameterNamesTheRange() {
        assertThatThrownBy(
                        () ->
                                cognito.createUserPoolClient(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .clientName("x")
                                                        .accessTokenValidity(2)
                                                        .tokenValidityUnits(
                                                                u ->
                                                                        u.accessToken(
                                                                                TimeUnitsType
                                                                                        .DAYS))))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .startsWith(
                                                "AccessTokenValidity must be between 5 minutes"
                                                        + " and 1 day"));
        assertNoClients();
    }

    @Test
    void createWhenLegacyAndAllowFlowsMixedThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.createUserPoolClient(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .clientName("x")
                                                        .explicitAuthFlows(
                                                                ExplicitAuthFlowsType
                                                                        .USER_PASSWORD_AUTH,
                                                                ExplicitAuthFlowsType
                                                                        .ALLOW_USER_SRP_AUTH)))
                .isInstanceOf(InvalidParameterException.class);
        assertNoClients();
    }

    @Test
    void createWhenReadAttributeNotInSchemaThenCognitoMessage() {
        assertThatThrownBy(
                        () ->
                                cognito.createUserPoolClient(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .clientName("x")
                                                        .readAttributes("email", "custom:missing")))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .startsWith(
                                                "Invalid read attributes specified while creating"
                                                        + " a client")
                                        .contains("custom:missing"));
        assertNoClients();
    }

    @Test
    void createWhenClientCredentialsWithoutSecretThenInvalidOAuthFlow() {
        assertThatThrownBy(
                        () ->
                                cognito.createUserPoolClient(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .clientName("m2m")
                                                        .allowedOAuthFlowsUserPoolClient(true)
                                                        .allowedOAuthFlows(
                                                                OAuthFlowType.CLIENT_CREDENTIALS)
                                                        .allowedOAuthScopes("openid")))
                .isInstanceOf(InvalidOAuthFlowException.class)
                .satisfies(e -> assertThat(message(e)).contains("client secret"));
        assertNoClients();
    }

    @Test
    void createWhenFlowsWithoutOAuthFlagThenInvalidOAuthFlow() {
        assertThatThrownBy(
                        () ->
                                cognito.createUserPoolClient(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .clientName("x")
                                                        .allowedOAuthFlows(OAuthFlowType.CODE)
                                                        .allowedOAuthScopes("openid")
                                                        .callbackURLs("https://app.example/cb")))
                .isInstanceOf(InvalidOAuthFlowException.class);
        assertNoClients();
    }

    @Test
    void createWhenCustomScopeWithoutResourceServerThenScopeDoesNotExist() {
        assertThatThrownBy(
                        () ->
                                cognito.createUserPoolClient(
                                        r ->
                                                oauthCode(r.userPoolId(poolId).clientName("x"))
                                                        .allowedOAuthScopes(
                                                                "openid", "orders/read")))
                .isInstanceOf(ScopeDoesNotExistException.class)
                .satisfies(e -> assertThat(message(e)).contains("orders/read"));
        assertNoClients();
    }

    @Test
    void createWhenCallbackIsPlainHttpOrHasFragmentThenInvalidParameter() {
        for (String url : new String[] {"http://app.example/cb", "https://app.example/cb#x"}) {
            assertThatThrownBy(
                            () ->
                                    cognito.createUserPoolClient(
                                            r ->
                                                    oauthCode(r.userPoolId(poolId).clientName("x"))
                                                            .callbackURLs(url)))
                    .as(url)
                    .isInstanceOf(InvalidParameterException.class)
                    .satisfies(e -> assertThat(message(e)).contains(url));
        }
        assertNoClients();
    }

    @Test
    void createWhenCodeFlowWithoutCallbackThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.createUserPoolClient(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .clientName("x")
                                                        .allowedOAuthFlowsUserPoolClient(true)
                                                        .allowedOAuthFlows(OAuthFlowType.CODE)
                                                        .allowedOAuthScopes("openid")))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> assertThat(message(e)).contains("CallbackURLs"));
        assertNoClients();
    }

    @Test
    void createWhenDefaultRedirectNotACallbackThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.createUserPoolClient(
                                        r ->
                                                oauthCode(r.userPoolId(poolId).clientName("x"))
                                                        .defaultRedirectURI(
                                                                "https://app.example/other")))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> assertThat(message(e)).contains("CallbackURLs"));
        assertNoClients();
    }

    @Test
    void updateWhenRulesBrokenThenRefusedAndClientUnchanged() {
        String id =
                cognito.createUserPoolClient(
                                r -> r.userPoolId(poolId).clientName("keep").authSessionValidity(7))
                        .userPoolClient()
                        .clientId();

        assertThatThrownBy(
                        () ->
                                cognito.updateUserPoolClient(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .clientId(id)
                                                        .writeAttributes("sub")))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .startsWith(
                                                "Invalid write attributes specified while updating"
                                                        + " a client"));
        assertThat(
                        cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(id))
                                .userPoolClient()
                                .authSessionValidity())
                .isEqualTo(7);
    }

    private static software.amazon.awssdk.services.cognitoidentityprovider.model
                    .CreateUserPoolClientRequest.Builder
            oauthCode(
                    software.amazon.awssdk.services.cognitoidentityprovider.model
                                    .CreateUserPoolClientRequest.Builder
                            request) {
        return request.allowedOAuthFlowsUserPoolClient(true)
                .allowedOAuthFlows(OAuthFlowType.CODE)
                .allowedOAuthScopes("openid")
                .callbackURLs("https://app.example/cb");
    }

    private void assertNoClients() {
        assertThat(cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients())
                .isEmpty();
    }
}
