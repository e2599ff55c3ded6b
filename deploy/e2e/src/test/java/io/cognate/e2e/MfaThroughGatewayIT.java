package io.cognate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/**
 * TOTP MFA through the gateway with the AWS SDK: a signed-in user associates and verifies a
 * software token, prefers it, and the next sign-in is challenged with SOFTWARE_TOKEN_MFA and
 * completed with a code computed here (RFC 6238).
 */
@ExtendWith(SharedSuite.class)
class MfaThroughGatewayIT {

    private static final LocalSuite SUITE = SharedSuite.SUITE;
    private static final String PASSWORD = "Mfa-Gateway-Pa55word!";

    private static CognitoIdentityProviderClient cognito;
    private static String poolId;
    private static String clientId;

    @BeforeAll
    static void launch() throws Exception {
        Map<String, String> root = SUITE.rootCredentials();
        cognito = GatewayClients.cognito(GatewayClients.root(root));
        poolId = cognito.createUserPool(r -> r.poolName("mfa-e2e")).userPool().id();
        cognito.setUserPoolMfaConfig(
                r ->
                        r.userPoolId(poolId)
                                .mfaConfiguration(UserPoolMfaType.OPTIONAL)
                                .softwareTokenMfaConfiguration(c -> c.enabled(true)));
        clientId =
                UserPools.client(
                        cognito,
                        poolId,
                        "web",
                        ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
    }

    @AfterAll
    static void shutdown() throws Exception {
        if (cognito != null) {
            cognito.close();
        }
    }

    @Test
    void signInWhenUserPrefersTotpThenSoftwareTokenChallengeAndTokensForTheRightCode() {
        String username = UserPools.confirmedUser(cognito, poolId, "mfa-user", PASSWORD);
        String accessToken = signIn(username).authenticationResult().accessToken();
        String secret =
                cognito.associateSoftwareToken(r -> r.accessToken(accessToken)).secretCode();
        long step = Totp.step();
        var verified =
                cognito.verifySoftwareToken(
                        r -> r.accessToken(accessToken).userCode(Totp.code(secret, step)));
        assertThat(verified.status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
        cognito.setUserMFAPreference(
                r ->
                        r.accessToken(accessToken)
                                .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));

        InitiateAuthResponse challenged = signIn(username);
        assertThat(challenged.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
        assertThat(challenged.authenticationResult()).isNull();
        assertThatThrownBy(() -> answer(challenged, username, Totp.wrongCode(secret, step)))
                .isInstanceOf(CodeMismatchException.class);

        // The verified code's step is spent: the next one is within the ±1 step window.
        var tokens =
                answer(challenged, username, Totp.code(secret, step + 1)).authenticationResult();

        assertThat(tokens.accessToken()).isNotBlank();
        assertThat(cognito.getUser(r -> r.accessToken(tokens.accessToken())).username())
                .isEqualTo(username);
    }

    private static InitiateAuthResponse signIn(String username) {
        return UserPools.passwordSignIn(cognito, clientId, username, PASSWORD);
    }

    private static RespondToAuthChallengeResponse answer(
            InitiateAuthResponse challenged, String username, String code) {
        return cognito.respondToAuthChallenge(
                r ->
                        r.clientId(clientId)
                                .challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA)
                                .session(challenged.session())
                                .challengeResponses(
                                        Map.of(
                                                "USERNAME",
                                                username,
                                                "SOFTWARE_TOKEN_MFA_CODE",
                                                code)));
    }
}
