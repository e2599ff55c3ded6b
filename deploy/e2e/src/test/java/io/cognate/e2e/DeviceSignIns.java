package io.cognate.e2e;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
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
    private static final SecureRandom RANDOM = new SecureRandom();

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
                                                                d.challengeRequiredOnNewDevice(
                                                                                false)
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
                cognito.createUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientName("device-app")
                                                .explicitAuthFlows(
                                                        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_REFRESH_TOKEN_AUTH))
                        .userPoolClient()
                        .clientId();
    }

    String confirmedUser() {
        String username = "device-user-" + System.nanoTime();
        cognito.adminCreateUser(
                r -> r.userPoolId(poolId).username(username).messageAction("SUPPRESS"));
        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username(username).password(PASSWORD).permanent(true));
        return username;
    }

    /** USER_SRP_AUTH then PASSWORD_VERIFIER, presenting {@code deviceKey} when not null. */
    RespondToAuthChallengeResponse srpSignIn(String username, String deviceKey) {
        CognitoSrp srp = CognitoSrp.random();
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
        Map<String, String> p = challenge.challengeParameters();
        String userId = p.get("USER_ID_FOR_SRP");
        String timestamp = CognitoSrp.timestamp();
        Map<String, String> answer = new HashMap<>(start);
        answer.remove("SRP_A");
        answer.put("USERNAME", userId);
        answer.put("PASSWORD_CLAIM_SECRET_BLOCK", p.get("SECRET_BLOCK"));
        answer.put("TIMESTAMP", timestamp);
        answer.put(
                "PASSWORD_CLAIM_SIGNATURE",
                srp.userSignature(
                        poolId,
                        userId,
                        PASSWORD,
                        p.get("SALT"),
                        p.get("SRP_B"),
                        p.get("SECRET_BLOCK"),
                        timestamp));
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
        byte[] secret = new byte[40];
        RANDOM.nextBytes(secret);
        String password = Base64.getEncoder().encodeToString(secret);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String[] config =
                CognitoSrp.deviceVerifierConfig(
                        metadata.deviceGroupKey(),
                        metadata.deviceKey(),
                        password,
                        HexFormat.of().formatHex(salt));
        ConfirmDeviceResponse reply =
                cognito.confirmDevice(
                        r ->
                                r.accessToken(tokens.accessToken())
                                        .deviceKey(metadata.deviceKey())
                                        .deviceName("e2e-agent")
                                        .deviceSecretVerifierConfig(
                                                c ->
                                                        c.salt(config[0])
                                                                .passwordVerifier(config[1])));
        return new Confirmed(
                new Device(metadata.deviceKey(), metadata.deviceGroupKey(), password),
                reply.userConfirmationNecessary());
    }

    /** Answers DEVICE_SRP_AUTH, then DEVICE_PASSWORD_VERIFIER with {@code devicePassword}. */
    RespondToAuthChallengeResponse proveDevice(
            String username,
            RespondToAuthChallengeResponse deviceSrpAuth,
            Device device,
            String devicePassword) {
        CognitoSrp srp = CognitoSrp.random();
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
        Map<String, String> p = verifier.challengeParameters();
        String timestamp = CognitoSrp.timestamp();
        String signature =
                srp.deviceSignature(
                        device.groupKey(),
                        device.key(),
                        devicePassword,
                        p.get("SALT"),
                        p.get("SRP_B"),
                        p.get("SECRET_BLOCK"),
                        timestamp);
        return cognito.respondToAuthChallenge(
                r ->
                        r.clientId(clientId)
                                .challengeName(ChallengeNameType.DEVICE_PASSWORD_VERIFIER)
                                .session(verifier.session())
                                .challengeResponses(
                                        Map.of(
                                                "USERNAME", username,
                                                "DEVICE_KEY", device.key(),
                                                "PASSWORD_CLAIM_SECRET_BLOCK",
                                                        p.get("SECRET_BLOCK"),
                                                "PASSWORD_CLAIM_SIGNATURE", signature,
                                                "TIMESTAMP", timestamp)));
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
