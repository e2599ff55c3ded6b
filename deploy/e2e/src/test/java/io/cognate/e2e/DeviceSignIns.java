package io.cognate.e2e;

import io.cognate.contracts.srp.DeviceVerifier;
import io.cognate.contracts.srp.SrpClient;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/**
 * A pool that tracks devices (optional TOTP MFA) and the client side of device tracking as
 * amazon-cognito-identity-js does it, through the SDK: USER_SRP_AUTH, ConfirmDevice with a verifier
 * of a random device password, DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER.
 */
final class DeviceSignIns {

    static final String PASSWORD = "Device-Gateway-Pa55word!";

    /** A device the client knows: its metadata and the secret it chose at ConfirmDevice. */
    record Device(String key, String groupKey, String password) {
        @Override
        public String toString() {
            return "Device[" + key + ", password redacted]";
        }
    }

    /** ConfirmDevice's outcome: the device, and whether the user must still ask to remember it. */
    record Confirmed(Device device, boolean userConfirmationNecessary) {}

    final CognitoIdentityProviderClient cognito;
    final String poolId;
    final String clientId;

    DeviceSignIns(CognitoIdentityProviderClient cognito, boolean onlyRememberedOnUserPrompt) {
        this.cognito = cognito;
        poolId =
                cognito.createUserPool(
                                r ->
                                        r.poolName("devices-e2e")
                                                .deviceConfiguration(
                                                        d ->
                                                                // Only then does a remembered
                                                                // device stand in for MFA.
                                                                d.challengeRequiredOnNewDevice(true)
                                                                        .deviceOnlyRememberedOnUserPrompt(
                                                                                onlyRememberedOnUserPrompt)))
                        .userPool()
                        .id();
        cognito.setUserPoolMfaConfig(
                r ->
                        r.userPoolId(poolId)
                                .mfaConfiguration(UserPoolMfaType.OPTIONAL)
                                .softwareTokenMfaConfiguration(c -> c.enabled(true)));
        clientId =
                UserPools.client(
                        cognito,
                        poolId,
                        "device-app",
                        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
    }

    String confirmedUser() {
        return UserPools.confirmedUser(cognito, poolId, "device-user", PASSWORD);
    }

    /** USER_SRP_AUTH then PASSWORD_VERIFIER, presenting {@code deviceKey} when not null. */
    RespondToAuthChallengeResponse srpSignIn(String username, String deviceKey) {
        SrpClient srp = SrpClient.random();
        Map<String, String> start =
                new HashMap<>(Map.of("USERNAME", username, "SRP_A", srp.srpA()));
        if (deviceKey != null) {
            start.put("DEVICE_KEY", deviceKey);
        }
        var challenge =
                cognito.initiateAuth(
                        r ->
                                r.clientId(clientId)
                                        .authFlow(AuthFlowType.USER_SRP_AUTH)
                                        .authParameters(start));
        Map<String, String> answer =
                srp.passwordVerifierResponses(
                        poolId, challenge.challengeParameters(), PASSWORD, SrpClient.timestamp());
        if (deviceKey != null) {
            answer.put("DEVICE_KEY", deviceKey);
        }
        return cognito.respondToAuthChallenge(
                r ->
                        r.clientId(clientId)
                                .challengeName(challenge.challengeName())
                                .session(challenge.session())
                                .challengeResponses(answer));
    }

    /** Confirms the device the tokens announce, with a verifier of a fresh random password. */
    Confirmed confirm(AuthenticationResultType tokens) {
        var metadata = tokens.newDeviceMetadata();
        DeviceVerifier.DeviceSecret secret =
                DeviceVerifier.generate(metadata.deviceGroupKey(), metadata.deviceKey());
        ConfirmDeviceResponse reply =
                cognito.confirmDevice(
                        r ->
                                r.accessToken(tokens.accessToken())
                                        .deviceKey(metadata.deviceKey())
                                        .deviceName("e2e-agent")
                                        .deviceSecretVerifierConfig(
                                                c ->
                                                        c.salt(secret.verifier().salt())
                                                                .passwordVerifier(
                                                                        secret.verifier()
                                                                                .passwordVerifier())));
        return new Confirmed(
                new Device(metadata.deviceKey(), metadata.deviceGroupKey(), secret.password()),
                reply.userConfirmationNecessary());
    }

    /** Answers DEVICE_SRP_AUTH, then DEVICE_PASSWORD_VERIFIER with {@code devicePassword}. */
    RespondToAuthChallengeResponse proveDevice(
            String username,
            RespondToAuthChallengeResponse deviceSrpAuth,
            Device device,
            String devicePassword) {
        SrpClient srp = SrpClient.random();
        var verifier =
                cognito.respondToAuthChallenge(
                        r ->
                                r.clientId(clientId)
                                        .challengeName(ChallengeNameType.DEVICE_SRP_AUTH)
                                        .session(deviceSrpAuth.session())
                                        .challengeResponses(
                                                Map.of(
                                                        "USERNAME", username,
                                                        "DEVICE_KEY", device.key(),
                                                        "SRP_A", srp.srpA())));
        if (verifier.challengeName() != ChallengeNameType.DEVICE_PASSWORD_VERIFIER) {
            throw new IllegalStateException("Expected DEVICE_PASSWORD_VERIFIER: " + verifier);
        }
        Map<String, String> answer =
                srp.devicePasswordVerifierResponses(
                        username,
                        device.groupKey(),
                        device.key(),
                        devicePassword,
                        verifier.challengeParameters(),
                        SrpClient.timestamp());
        return cognito.respondToAuthChallenge(
                r ->
                        r.clientId(clientId)
                                .challengeName(ChallengeNameType.DEVICE_PASSWORD_VERIFIER)
                                .session(verifier.session())
                                .challengeResponses(answer));
    }

    /** Associates, verifies and prefers a software token: the user's sign-ins now ask for TOTP. */
    void enrolTotp(String accessToken) {
        String secret =
                cognito.associateSoftwareToken(r -> r.accessToken(accessToken)).secretCode();
        long step = Totp.step();
        cognito.verifySoftwareToken(
                r -> r.accessToken(accessToken).userCode(Totp.code(secret, step)));
        cognito.setUserMFAPreference(
                r ->
                        r.accessToken(accessToken)
                                .softwareTokenMfaSettings(s -> s.enabled(true).preferredMfa(true)));
    }
}
