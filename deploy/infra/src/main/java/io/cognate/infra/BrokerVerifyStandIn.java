package io.cognate.infra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.aws.error.InvalidSignatureException;
import io.cognate.contracts.aws.error.UnrecognizedClientException;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.cognate.contracts.sigv4.SigningCredentials;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plays the credential broker's {@code POST /internal/verify} contract for a service's module
 * tests, where the real broker (another Quarkus application) cannot run in the test JVM; the
 * end-to-end suite runs the real one. It verifies the SigV4 signature for real (contracts' verifier
 * over the body hash) with the secrets of three fixed temporary credentials, checks the session
 * token that comes with each, and decides with a fixed allow-list per key: {@link #ADMIN} may do
 * {@code cognito-idp:AdminGetUser} and {@code cognito-identity:*} on pools, {@link #READER} only
 * the list operations, {@link #EXPIRED} is past its expiration. Sets {@code cognate.broker.url}.
 */
public class BrokerVerifyStandIn implements QuarkusTestResourceLifecycleManager {

    /** A temporary credential the stand-in knows: key id, secret, session token. */
    public record Key(String accessKeyId, String secretAccessKey, String sessionToken) {}

    public static final Key ADMIN =
            new Key("ASIASTANDINADMIN0001", "stand-in-admin-secret-0001", "stand-in-token-admin");
    public static final Key READER =
            new Key("ASIASTANDINREADER001", "stand-in-reader-secret-001", "stand-in-token-reader");
    public static final Key EXPIRED =
            new Key("ASIASTANDINEXPIRED01", "stand-in-expired-secret-01", "stand-in-token-expired");

    private static final String ACCOUNT = "000000000000";
    private static final Map<String, List<String>> ALLOWED_ACTIONS =
            Map.of(
                    ADMIN.accessKeyId(),
                    List.of("cognito-idp:AdminGetUser", "cognito-identity:"),
                    READER.accessKeyId(),
                    List.of("cognito-idp:ListUserPools", "cognito-identity:ListIdentityPools"));

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the broker stand-in", e);
        }
        server.createContext("/internal/verify", this::verify);
        server.start();
        return Map.of("cognate.broker.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void verify(HttpExchange exchange) throws IOException {
        JsonObject ask =
                new JsonObject(
                        new String(
                                exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        AwsHttpRequest request =
                new AwsHttpRequest(
                        ask.getString("method"),
                        ask.getString("path"),
                        ask.getString("query", ""),
                        headers(ask.getJsonObject("headers", new JsonObject())),
                        null,
                        "");
        String token = Optional.ofNullable(request.header("X-Amz-Security-Token")).orElse("");
        Caller caller;
        try {
            if (EXPIRED.accessKeyId().equals(keyId(request))) {
                refuse(
                        exchange,
                        "ExpiredToken",
                        "The security token included in the request is expired");
                return;
            }
            caller =
                    new SigV4Verifier(id -> known(id, token), "us-east-1", Clock.systemUTC())
                            .verifyHashed(
                                    request, ask.getString("service"), ask.getString("bodySha256"));
        } catch (InvalidSignatureException e) {
            refuse(exchange, "SignatureDoesNotMatch", e.getMessage());
            return;
        } catch (UnrecognizedClientException e) {
            refuse(exchange, "InvalidClientTokenId", e.getMessage());
            return;
        } catch (AwsServiceException e) {
            refuse(exchange, "IncompleteSignature", e.getMessage());
            return;
        }
        boolean allowed =
                allows(caller.accessKeyId(), ask.getString("action"), ask.getString("resource"));
        JsonObject reply =
                new JsonObject()
                        .put("authenticated", true)
                        .put(
                                "principal",
                                new JsonObject()
                                        .put("arn", caller.arn())
                                        .put("accountId", caller.accountId())
                                        .put("accessKeyId", caller.accessKeyId()))
                        .put(
                                "decision",
                                new JsonObject()
                                        .put("effect", allowed ? "ALLOW" : "IMPLICIT_DENY")
                                        .put("allowed", allowed));
        respond(exchange, 200, reply);
    }

    private static Optional<SigningCredentials> known(String accessKeyId, String token) {
        for (Key key : List.of(ADMIN, READER)) {
            if (key.accessKeyId().equals(accessKeyId) && key.sessionToken().equals(token)) {
                String role = key == ADMIN ? "cognito-admins" : "cognito-readers";
                return Optional.of(
                        new SigningCredentials(
                                accessKeyId,
                                key.secretAccessKey(),
                                new Caller(
                                        accessKeyId,
                                        ACCOUNT,
                                        "arn:aws:sts::"
                                                + ACCOUNT
                                                + ":assumed-role/"
                                                + role
                                                + "/stand-in")));
            }
        }
        return Optional.empty();
    }

    /** An action matches an entry equal to it, or one ending in {@code :} that is its service. */
    private static boolean allows(String accessKeyId, String action, String resource) {
        boolean onPool =
                resource.equals("*")
                        || resource.matches("arn:aws:cognito-idp:[^:]+:" + ACCOUNT + ":userpool/.+")
                        || resource.matches(
                                "arn:aws:cognito-identity:[^:]+:" + ACCOUNT + ":identitypool/.+");
        return onPool
                && ALLOWED_ACTIONS.getOrDefault(accessKeyId, List.of()).stream()
                        .anyMatch(a -> a.endsWith(":") ? action.startsWith(a) : action.equals(a));
    }

    private static String keyId(AwsHttpRequest request) {
        String authorization = Optional.ofNullable(request.header("Authorization")).orElse("");
        int start = authorization.indexOf("Credential=");
        int slash = authorization.indexOf('/', start);
        return start < 0 || slash < 0 ? "" : authorization.substring(start + 11, slash);
    }

    private static Map<String, List<String>> headers(JsonObject json) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : json.fieldNames()) {
            List<String> values = new ArrayList<>();
            json.getJsonArray(name, new JsonArray()).forEach(v -> values.add(String.valueOf(v)));
            headers.put(name, values);
        }
        return headers;
    }

    private static void refuse(HttpExchange exchange, String code, String message)
            throws IOException {
        respond(
                exchange,
                403,
                new JsonObject()
                        .put("authenticated", false)
                        .put("error", new JsonObject().put("code", code).put("message", message)));
    }

    private static void respond(HttpExchange exchange, int status, JsonObject body)
            throws IOException {
        byte[] bytes = body.encode().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
