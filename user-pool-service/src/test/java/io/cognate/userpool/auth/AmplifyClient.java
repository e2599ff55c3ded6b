package io.cognate.userpool.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.userpool.testing.NodeClients;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * amazon-cognito-identity-js (and aws-jwt-verify for its tokens) run by Node.js against the service
 * under test: each call is one script of {@code src/test/js}, answered as JSON.
 */
final class AmplifyClient {

    static final String SRP = "USER_SRP_AUTH";
    static final String PASSWORD = "USER_PASSWORD_AUTH";

    private final URI endpoint;
    private final String poolId;
    private final String clientId;

    AmplifyClient(URI endpoint, String poolId, String clientId) {
        this.endpoint = endpoint;
        this.poolId = poolId;
        this.clientId = clientId;
    }

    /** {@code authenticateUser}: {calls, challenges, tokens | error | challenge}. */
    JsonNode authenticateUser(String flow, String username, String password) {
        return NodeClients.run("authenticate.js", signIn(flow, username, password));
    }

    /** {@code authenticateUser}, answering NEW_PASSWORD_REQUIRED with {@code newPassword}. */
    JsonNode authenticateUser(
            String flow,
            String username,
            String password,
            String newPassword,
            Map<String, String> attributes) {
        Map<String, Object> input = signIn(flow, username, password);
        input.put("newPassword", newPassword);
        input.put("requiredAttributes", attributes);
        return NodeClients.run("authenticate.js", input);
    }

    /**
     * Signs in, then refreshes {@code via} {@code getSession} (cached tokens expired) or {@code
     * refreshSession}: {calls, signIn, refreshed}.
     */
    JsonNode signInThenRefresh(String via, String flow, String username, String password) {
        Map<String, Object> input = signIn(flow, username, password);
        input.put("via", via);
        return NodeClients.run("refresh.js", input);
    }

    /**
     * Signs in (the library confirms the announced device), optionally marks the device remembered,
     * signs in again over the same storage, lists devices and refreshes: {calls, first, second,
     * devices, refreshed, deviceKey}.
     */
    JsonNode trackDevice(String username, String password, boolean remember) {
        Map<String, Object> input = signIn(SRP, username, password);
        input.put("remember", remember);
        return NodeClients.run("devices.js", input);
    }

    /**
     * CUSTOM_AUTH: {@code initiateAuth} (no password) or {@code authenticateUser} (SRP first), each
     * {@code customChallenge} answered with the next of {@code answers}: {calls, challenges, tokens
     * | error | challenge}.
     */
    JsonNode customAuth(String username, String password, List<String> answers) {
        Map<String, Object> input = signIn("CUSTOM_AUTH", username, password);
        input.put("answers", answers);
        return NodeClients.run("custom-auth.js", input);
    }

    /** aws-jwt-verify's JwtRsaVerifier for this client, one result per token, in order. */
    JsonNode verify(String issuer, List<Map<String, String>> tokens) {
        return verify(issuer, clientId, tokens);
    }

    JsonNode verify(String issuer, String audience, List<Map<String, String>> tokens) {
        return NodeClients.run(
                        "verify-tokens.js",
                        Map.of(
                                "jwksUri",
                                endpoint.resolve("/" + poolId + "/.well-known/jwks.json")
                                        .toString(),
                                "issuer",
                                issuer,
                                "clientId",
                                audience,
                                "tokens",
                                tokens))
                .get("results");
    }

    static Map<String, String> idToken(String token) {
        return Map.of("tokenUse", "id", "token", token);
    }

    static Map<String, String> accessToken(String token) {
        return Map.of("tokenUse", "access", "token", token);
    }

    private Map<String, Object> signIn(String flow, String username, String password) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("endpoint", endpoint.toString());
        input.put("userPoolId", poolId);
        input.put("clientId", clientId);
        input.put("username", username);
        input.put("password", password);
        input.put("flow", flow);
        return input;
    }
}
