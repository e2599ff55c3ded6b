package io.cognate.identitypool.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for user-pool-service's {@code POST /internal/token-check}, for this module's tests
 * only: user-pool-service runs in another process, and the end-to-end suite asks the real one. It
 * answers {@code {"active": true}} unless the test declared the token's user signed out ({@code
 * POST /userpool/sign-out} with the sub) or the user pool broken for it ({@code POST
 * /userpool/break}, then it answers 500). {@code GET /userpool/checked?sub=} counts the checks.
 */
class UserPoolStandIn implements HttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> signedOut = ConcurrentHashMap.newKeySet();
    private final Set<String> broken = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> checked = new ConcurrentHashMap<>();

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        switch (path) {
            case "/userpool/sign-out" -> {
                signedOut.add(body);
                ExternalEndpoints.respond(exchange, 200, "");
            }
            case "/userpool/break" -> {
                broken.add(body);
                ExternalEndpoints.respond(exchange, 200, "");
            }
            case "/userpool/checked" -> {
                String sub = exchange.getRequestURI().getQuery().substring("sub=".length());
                AtomicInteger count = checked.get(sub);
                ExternalEndpoints.respond(
                        exchange, 200, String.valueOf(count == null ? 0 : count.get()));
            }
            case "/userpool/token-check" -> check(exchange, body);
            default -> ExternalEndpoints.respond(exchange, 404, "{}");
        }
    }

    private void check(HttpExchange exchange, String body) throws IOException {
        String sub;
        try {
            String token = JSON.readTree(body).path("idToken").asText();
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            sub = claims.path("sub").asText();
        } catch (IOException | RuntimeException e) {
            ExternalEndpoints.respond(exchange, 400, "{\"__type\":\"ValidationException\"}");
            return;
        }
        checked.computeIfAbsent(sub, s -> new AtomicInteger()).incrementAndGet();
        if (broken.contains(sub)) {
            ExternalEndpoints.respond(exchange, 500, "oops");
        } else if (signedOut.contains(sub)) {
            ExternalEndpoints.respond(
                    exchange, 200, "{\"active\":false,\"reason\":\"ID token has been revoked.\"}");
        } else {
            ExternalEndpoints.respond(exchange, 200, "{\"active\":true}");
        }
    }
}
