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
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/**
 * Sign-ins read app clients and pool settings from the settings cache: a change made through this
 * replica takes effect on the very next request, while the old value was cached.
 */
@QuarkusTest
class CachedSettingsQuarkusTest {

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
    void refreshWhenClientNoLongerAllowsRefreshThenRefusedAtOnce() {
        String refreshToken = signedIn();
        assertThat(refresh(refreshToken).authenticationResult().accessToken()).isNotBlank();

        fixture.cognito.updateUserPoolClient(
                r ->
                        r.userPoolId(fixture.poolId)
                                .clientId(fixture.clientId)
                                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH));

        assertThatThrownBy(() -> refresh(refreshToken))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Auth flow not enabled for this client");
    }

    @Test
    void refreshWhenClientDeletedThenResourceNotFoundAtOnce() {
        String refreshToken = signedIn();
        assertThat(refresh(refreshToken).authenticationResult().accessToken()).isNotBlank();

        fixture.cognito.deleteUserPoolClient(
                r -> r.userPoolId(fixture.poolId).clientId(fixture.clientId));

        assertThatThrownBy(() -> refresh(refreshToken))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining(fixture.clientId);
    }

    @Test
    void signInWhenPoolMfaTurnedOnThenNextSignInIsChallenged() {
        String username = fixture.confirmedUser();
        assertThat(fixture.passwordSignIn(username, SignInFixture.PASSWORD).challengeName())
                .isNull();

        mfa(UserPoolMfaType.ON);
        assertThat(fixture.passwordSignIn(username, SignInFixture.PASSWORD).challengeName())
                .isEqualTo(ChallengeNameType.MFA_SETUP);

        mfa(UserPoolMfaType.OFF);
        assertThat(
                        fixture.passwordSignIn(username, SignInFixture.PASSWORD)
                                .authenticationResult()
                                .accessToken())
                .isNotBlank();
    }

    private void mfa(UserPoolMfaType mode) {
        fixture.cognito.setUserPoolMfaConfig(
                r ->
                        r.userPoolId(fixture.poolId)
                                .softwareTokenMfaConfiguration(c -> c.enabled(true))
                                .mfaConfiguration(mode));
    }

    private String signedIn() {
        String username = fixture.confirmedUser();
        return fixture.passwordSignIn(username, SignInFixture.PASSWORD)
                .authenticationResult()
                .refreshToken();
    }

    private InitiateAuthResponse refresh(String refreshToken) {
        return fixture.cognito.initiateAuth(
                r ->
                        r.clientId(fixture.clientId)
                                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                                .authParameters(Map.of("REFRESH_TOKEN", refreshToken)));
    }
}
