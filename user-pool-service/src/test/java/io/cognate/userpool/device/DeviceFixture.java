package io.cognate.userpool.device;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.contracts.srp.DeviceVerifier;
import io.cognate.contracts.srp.SrpClient;
import io.cognate.userpool.testing.CognitoClients;
import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * A pool that tracks devices, a password/SRP/refresh client, and the client side of device tracking
 * as amazon-cognito-identity-js does it (a random device password, its verifier sent to
 * ConfirmDevice, device SRP with {@link SrpClient}).
 */
final class DeviceFixture implements AutoCloseable {

    static final String PASSWORD = "Corr3ct-Horse!";
    private static final ObjectMapper JSON = new ObjectMapper();

    final CognitoIdentityProviderClient cognito;
    final String poolId;
    final String clientId;

    /** A device the client knows: its metadata and the secret it chose at ConfirmDevice. */
    record ClientDevice(String key, String groupKey, String password) {}

    /**
     * @param onlyOnPrompt the pool's DeviceOnlyRememberedOnUserPrompt; null: no DeviceConfiguration
     */
    DeviceFixture(URI endpoint, Boolean onlyOnPrompt) {
        this(endpoint, onlyOnPrompt, false);
    }

    /**
     * @param challengeRequiredOnNewDevice the pool's ChallengeRequiredOnNewDevice (with a
     *     DeviceConfiguration)
     */
    DeviceFixture(URI endpoint, Boolean onlyOnPrompt, boolean challengeRequiredOnNewDevice) {
        cognito = CognitoClients.root(endpoint);
        poolId =
                cognito.createUserPool(
                                r -> {
                                    r.poolName("devices-" + UUID.randomUUID());
                                    if (onlyOnPrompt != null) {
                                        r.deviceConfiguration(
                                                d ->
                                                        d.challengeRequiredOnNewDevice(
                                                                        challengeRequiredOnNewDevice)
                                                                .deviceOnlyRememberedOnUserPrompt(
                                                                        onlyOnPrompt));
                                    }
                                })
                        .userPool()
                        .id();
        clientId =
                cognito.createUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientName("app")
                                                .explicitAuthFlows(
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_USER_PASSWORD_AUTH,
                                                        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_REFRESH_TOKEN_AUTH))
                        .userPoolClient()
                        .clientId();
    }

    String confirmedUser() {
        String username = "user-" + UUID.randomUUID();
        cognito.adminCreateUser(
                r -> r.userPoolId(poolId).username(username).messageAction("SUPPRESS"));
        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username(username).password(PASSWORD).permanent(true));
        return username;
    }

    InitiateAuthResponse signIn(String username, String deviceKey) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("USERNAME", username);
        parameters.put("PASSWORD", PASSWORD);
        if (deviceKey != null) {
            parameters.put("DEVICE_KEY", deviceKey);
        }
        return cognito.initiateAuth(
                r ->
                        r.clientId(clientId)
                                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                                .authParameters(parameters));
    }

    /** Signs in without a device and confirms the announced one, as the JS library does. */
    ClientDevice signInAndConfirm(String username) {
        AuthenticationResultType tokens = signIn(username, null).authenticationResult();
        return confirm(tokens);
    }

    ClientDevice confirm(AuthenticationResultType tokens) {
        var metadata = tokens.newDeviceMetadata();
        DeviceVerifier.DeviceSecret secret =
                DeviceVerifier.generate(metadata.deviceGroupKey(), metadata.deviceKey());
        cognito.confirmDevice(
                r ->
                        r.accessToken(tokens.accessToken())
                                .deviceKey(metadata.deviceKey())
                                .deviceName("test-agent")
                                .deviceSecretVerifierConfig(
                                        c ->
                                                c.salt(secret.verifier().salt())
                                                        .passwordVerifier(
                                                                secret.verifier()
                                                                        .passwordVerifier())));
        return new ClientDevice(metadata.deviceKey(), metadata.deviceGroupKey(), secret.password());
    }

    /** DEVICE_SRP_AUTH answered with SRP_A: the DEVICE_PASSWORD_VERIFIER challenge. */
    RespondToAuthChallengeResponse deviceSrp(
            String username, String session, ClientDevice device, SrpClient srp) {
        return cognito.respondToAuthChallenge(
                r ->
                        r.clientId(clientId)
                                .challengeName(ChallengeNameType.DEVICE_SRP_AUTH)
                                .session(session)
                                .challengeResponses(
                                        Map.of(
                                                "USERNAME",
                                                username,
                                                "DEVICE_KEY",
                                                device.key(),
                                                "SRP_A",
                                                srp.srpA())));
    }

    /** The DEVICE_PASSWORD_VERIFIER answer for {@code devicePassword}. */
    RespondToAuthChallengeResponse devicePassword(
            String username,
            RespondToAuthChallengeResponse challenge,
            ClientDevice device,
            SrpClient srp,
            String devicePassword) {
        Map<String, String> answer =
                srp.devicePasswordVerifierResponses(
                        username,
                        device.groupKey(),
                        device.key(),
                        devicePassword,
                        challenge.challengeParameters(),
                        SrpClient.timestamp());
        return cognito.respondToAuthChallenge(
                r ->
                        r.clientId(clientId)
                                .challengeName(ChallengeNameType.DEVICE_PASSWORD_VERIFIER)
                                .session(challenge.session())
                                .challengeResponses(answer));
    }

    /** The whole device sign-in: password, DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER. */
    AuthenticationResultType deviceSignIn(String username, ClientDevice device) {
        InitiateAuthResponse started = signIn(username, device.key());
        SrpClient srp = SrpClient.random();
        var challenge = deviceSrp(username, started.session(), device, srp);
        return devicePassword(username, challenge, device, srp, device.password())
                .authenticationResult();
    }

    InitiateAuthResponse refresh(String refreshToken, String deviceKey) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("REFRESH_TOKEN", refreshToken);
        if (deviceKey != null) {
            parameters.put("DEVICE_KEY", deviceKey);
        }
        return cognito.initiateAuth(
                r ->
                        r.clientId(clientId)
                                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                                .authParameters(parameters));
    }

    static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        cognito.close();
    }
}
