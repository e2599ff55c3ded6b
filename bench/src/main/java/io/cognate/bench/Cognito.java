package io.cognate.bench;

import io.cognate.contracts.srp.PasswordKey;
import io.cognate.contracts.srp.SrpClient;
import java.util.Map;

/** Unsigned user-pool calls over AWS JSON 1.1, as the SDKs send them (no client secret). */
final class Cognito {

    /**
     * The bit length of the client's private {@code a}: 256 rather than the JS library's 1024, so
     * the generator does not starve the server of CPU on a shared machine (the server cannot tell
     * and its work is unchanged). With g^x cached per user, what is left per sign-in is {@code g^a}
     * and {@code (B - k·g^x)^(a + u·x)}.
     */
    private static final int PRIVATE_BITS = 256;

    /** A new client per worker, each with its own connection. */
    interface Factory {
        Cognito create();
    }

    private final Http http = new Http();
    private final String endpoint;
    private final String poolId;
    private final String clientId;

    Cognito(String endpoint, String poolId, String clientId) {
        this.endpoint = endpoint;
        this.poolId = poolId;
        this.clientId = clientId;
    }

    private String call(String action, String body) throws Exception {
        return http.post(endpoint, headers(action), body);
    }

    /**
     * A USER_PASSWORD_AUTH that must be refused: returns the answer's {@code status __type:
     * message}, so the caller can check that refusals for known and unknown users are identical.
     */
    String refusedSignIn(String username, String password) throws Exception {
        var answer =
                http.send(
                        endpoint,
                        Map.of(
                                "Content-Type", "application/x-amz-json-1.1",
                                "X-Amz-Target", "AWSCognitoIdentityProviderService.InitiateAuth"),
                        "{\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"ClientId\":"
                                + Http.json(clientId)
                                + ",\"AuthParameters\":{\"USERNAME\":"
                                + Http.json(username)
                                + ",\"PASSWORD\":"
                                + Http.json(password)
                                + "}}");
        if (answer.statusCode() == 200) {
            throw new IllegalStateException("a wrong password signed in");
        }
        return answer.statusCode()
                + " "
                + Http.field(answer.body(), "__type")
                + ": "
                + Http.field(answer.body(), "message");
    }

    /** USER_PASSWORD_AUTH; returns the refresh token. */
    String passwordSignIn(String username, String password) throws Exception {
        String answer = passwordAuth(username, password);
        Http.field(answer, "AccessToken");
        return Http.field(answer, "RefreshToken");
    }

    /** USER_PASSWORD_AUTH; returns the ID token (for identity-pool {@code Logins}). */
    String idToken(String username, String password) throws Exception {
        return Http.field(passwordAuth(username, password), "IdToken");
    }

    private String passwordAuth(String username, String password) throws Exception {
        return call("InitiateAuth", passwordAuthBody(username, password));
    }

    /** The InitiateAuth body of a USER_PASSWORD_AUTH sign-in. */
    String passwordAuthBody(String username, String password) {
        return "{\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"ClientId\":"
                + Http.json(clientId)
                + ",\"AuthParameters\":{\"USERNAME\":"
                + Http.json(username)
                + ",\"PASSWORD\":"
                + Http.json(password)
                + "}}";
    }

    /** REFRESH_TOKEN_AUTH; checks that new access and ID tokens came back. */
    void refresh(String refreshToken) throws Exception {
        String answer = call("InitiateAuth", refreshBody(refreshToken));
        Http.field(answer, "AccessToken");
        Http.field(answer, "IdToken");
    }

    /** The InitiateAuth body of a REFRESH_TOKEN_AUTH. */
    String refreshBody(String refreshToken) {
        return "{\"AuthFlow\":\"REFRESH_TOKEN_AUTH\",\"ClientId\":"
                + Http.json(clientId)
                + ",\"AuthParameters\":{\"REFRESH_TOKEN\":"
                + Http.json(refreshToken)
                + "}}";
    }

    /** The headers of every call: AWS JSON 1.1 with the operation in X-Amz-Target. */
    static Map<String, String> headers(String action) {
        return Map.of(
                "Content-Type", "application/x-amz-json-1.1",
                "X-Amz-Target", "AWSCognitoIdentityProviderService." + action);
    }

    /** USER_SRP_AUTH then PASSWORD_VERIFIER; {@code keys} caches x and g^x per user. */
    void srpSignIn(String username, String password, Map<String, PasswordKey> keys)
            throws Exception {
        SrpClient srp = SrpClient.random(PRIVATE_BITS);
        String challenge =
                call(
                        "InitiateAuth",
                        "{\"AuthFlow\":\"USER_SRP_AUTH\",\"ClientId\":"
                                + Http.json(clientId)
                                + ",\"AuthParameters\":{\"USERNAME\":"
                                + Http.json(username)
                                + ",\"SRP_A\":"
                                + Http.json(srp.srpA())
                                + "}}");
        String userId = Http.field(challenge, "USER_ID_FOR_SRP");
        String salt = Http.field(challenge, "SALT");
        String poolName = SrpClient.poolName(poolId);
        PasswordKey key = keys.get(userId);
        if (key == null || !key.salt().equals(salt)) {
            key = PasswordKey.of(poolName, userId, password, salt);
            keys.put(userId, key);
        }
        String secretBlock = Http.field(challenge, "SECRET_BLOCK");
        String timestamp = SrpClient.timestamp();
        String signature =
                srp.signature(
                        poolName,
                        userId,
                        key,
                        Http.field(challenge, "SRP_B"),
                        secretBlock,
                        timestamp);
        String answer =
                call(
                        "RespondToAuthChallenge",
                        "{\"ChallengeName\":\"PASSWORD_VERIFIER\",\"ClientId\":"
                                + Http.json(clientId)
                                + ",\"ChallengeResponses\":{\"USERNAME\":"
                                + Http.json(userId)
                                + ",\"PASSWORD_CLAIM_SECRET_BLOCK\":"
                                + Http.json(secretBlock)
                                + ",\"PASSWORD_CLAIM_SIGNATURE\":"
                                + Http.json(signature)
                                + ",\"TIMESTAMP\":"
                                + Http.json(timestamp)
                                + "}}");
        Http.field(answer, "AccessToken");
    }
}
