package io.cognate.gateway.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Three real HTTP servers standing in for the services. Each records every complete request it
 * receives and answers 200 with its own name (except on {@link #SILENT}). Tests read the recordings
 * over HTTP ({@code GET /__recorded}, reset with {@code DELETE /__recorded}) so nothing depends on
 * sharing static state across Quarkus's class loaders.
 */
public class RecordingUpstreams implements QuarkusTestResourceLifecycleManager {

    public static final String RECORDINGS = "/__recorded";

    /** A path on which the upstreams accept the request and then never answer. */
    public static final String SILENT = "/oauth2/silent";

    /** Short enough for a test to wait out. */
    public static final long IDLE_TIMEOUT_MILLIS = 1500;

    private static final Map<String, String> PROPERTIES =
            Map.of(
                    "user-pool-service", "cognate.upstream.user-pool-service",
                    "identity-pool-service", "cognate.upstream.identity-pool-service",
                    "credential-broker", "cognate.upstream.credential-broker");

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        config.put("cognate.upstream.idle-timeout", IDLE_TIMEOUT_MILLIS + "ms");
        PROPERTIES.forEach(
                (name, property) ->
                        config.put(property, "http://127.0.0.1:" + startServer(name).actualPort()));
        return config;
    }

    private HttpServer startServer(String name) {
        List<JsonObject> received = new ArrayList<>();
        try {
            return vertx.createHttpServer()
                    .requestHandler(request -> handle(name, received, request))
                    .listen(0, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start upstream " + name, e);
        }
    }

    private static void handle(String name, List<JsonObject> received, HttpServerRequest request) {
        if (request.path().equals(RECORDINGS)) {
            synchronized (received) {
                if (request.method().name().equals("DELETE")) {
                    received.clear();
                }
                request.response().end(new JsonArray(new ArrayList<>(received)).encode());
            }
            return;
        }
        if (request.path().equals(SILENT)) {
            return;
        }
        request.body()
                .onSuccess(
                        body -> {
                            JsonArray headers = new JsonArray();
                            request.headers()
                                    .forEach(
                                            h ->
                                                    headers.add(
                                                            new JsonArray()
                                                                    .add(h.getKey())
                                                                    .add(h.getValue())));
                            synchronized (received) {
                                received.add(
                                        new JsonObject()
                                                .put("method", request.method().name())
                                                .put("uri", request.uri())
                                                .put("headers", headers)
                                                .put(
                                                        "body",
                                                        Base64.getEncoder()
                                                                .encodeToString(body.getBytes())));
                            }
                            request.response()
                                    .putHeader("Content-Type", "application/x-amz-json-1.1")
                                    .putHeader("x-amzn-RequestId", "upstream-request-id")
                                    .putHeader("X-Upstream", name)
                                    // Hop-by-hop: must not reach the client.
                                    .putHeader("Keep-Alive", "timeout=5")
                                    .putHeader("Connection", "keep-alive, X-Upstream-Private")
                                    .putHeader("X-Upstream-Private", "hop-only")
                                    .end(new JsonObject().put("upstream", name).encode());
                        });
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
