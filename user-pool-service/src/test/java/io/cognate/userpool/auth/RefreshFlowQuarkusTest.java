package io.cognate.userpool.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;

/** REFRESH_TOKEN_AUTH through InitiateAuth and AdminInitiateAuth. */
@QuarkusTest
class RefreshFlowQuarkusTest {

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
    void initiateAuthWhenRefreshTokenValidThenNewTokensWithoutNewRefreshToken() {
        String username = fixture.confirmedUser();
        var first = fixture.passwordSignIn(username, SignInFixture.PASSWORD).authenticationResult();

        var refreshed =
                refresh(fixture.clientId, AuthFlowType.REFRESH_TOKEN_AUTH, first.refreshToken());

        assertThat(refreshed.authenticationResult().refreshToken()).isNull();
        assertThat(refreshed.authenticationResult().accessToken())
                .isNotBlank()
                .isNotEqualTo(first.accessToken());
        assertThat(refreshed.authenticationResult().idToken()).isNotEqualTo(first.idToken());
    }

    @Test
    void initiateAuthWhenLegacyRefreshFlowNameThenAlsoRefreshes() {
        String username = fixture.confirmedUser();
        var first = fixture.passwordSignIn(username, SignInFixture.PASSWORD).authenticationResult();

        var refreshed = refresh(fixture.clientId, AuthFlowType.REFRESH_TOKEN, first.refreshToken());

        assertThat(refreshed.authenticationResult().accessToken()).isNotBlank();
    }

    @Test
    void initiateAuthWhenRefreshTokenFromAnotherClientThenInvalidRefreshToken() {
        String username = fixture.confirmedUser();
        var first = fixture.passwordSignIn(username, SignInFixture.PASSWORD).authenticationResult();
        String other =
                fixture.cognito
                        .createUserPoolClient(
                                r ->
                                        r.userPoolId(fixture.poolId)
                                                .clientName("other")
                                                .explicitAuthFlows(
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_REFRESH_TOKEN_AUTH))
                        .userPoolClient()
                        .clientId();

        assertThatThrownBy(
                        () -> refresh(other, AuthFlowType.REFRESH_TOKEN_AUTH, first.refreshToken()))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid Refresh Token");
    }

    @Test
    void initiateAuthWhenRefreshTokenGarbageThenInvalidRefreshToken() {
        assertThatThrownBy(
                        () ->
                                refresh(
                                        fixture.clientId,
                                        AuthFlowType.REFRESH_TOKEN_AUTH,
                                        "eyJub3QiOiJhLXRva2VuIn0.x.y.z.w"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid Refresh Token");
    }

    @Test
    void initiateAuthWhenRefreshTokenMissingThenMissingRequiredParameter() {
        assertThatThrownBy(
                        () ->
                                fixture.cognito.initiateAuth(
                                        r ->
                                                r.clientId(fixture.clientId)
                                                        .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                                                        .authParameters(Map.of())))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("Missing required parameter REFRESH_TOKEN");
    }

    @Test
    void adminInitiateAuthWhenRefreshTokenValidThenNewTokens() {
        String username = fixture.confirmedUser();
        var first = fixture.passwordSignIn(username, SignInFixture.PASSWORD).authenticationResult();

        var refreshed =
                fixture.cognito.adminInitiateAuth(
                        r ->
                                r.userPoolId(fixture.poolId)
                                        .clientId(fixture.clientId)
                                        .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                                        .authParameters(
                                                Map.of("REFRESH_TOKEN", first.refreshToken())));

        assertThat(refreshed.authenticationResult().accessToken()).isNotBlank();
    }

    private software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse
            refresh(String clientId, AuthFlowType flow, String refreshToken) {
        return fixture.cognito.initiateAuth(
                r ->
                        r.clientId(clientId)
                                .authFlow(flow)
                                .authParameters(Map.of("REFRESH_TOKEN", refreshToken)));
    }
}
