package io.cognate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A small resource service as an application would run one behind Cognate: every request it
 * receives (method, raw path and query, headers, body hash) goes to the credential broker's {@code
 * POST /internal/verify} on the cluster network, as action {@code execute-api:Invoke} on {@code
 * arn:aws:execute-api:us-east-1:000000000000:api/<METHOD><path>}; it answers 200 when the broker
 * allows, 403 otherwise, with the broker's verdict as the body either way.
 */
final class ResourceServer implements AutoCloseable {

    static final String BROKER_VERIFY = "http://127.0.0.1:8083/internal/verify";
    static final String ARN_PREFIX = "arn:aws:execute-api:us-east-1:000000000000:api/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    ResourceServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        URI uri = exchange.getRequestURI();
        ObjectNode ask = JSON.createObjectNode();
        ask.put("method", exchange.getRequestMethod());
        ask.put("path", uri.getRawPath());
        ask.put("query", uri.getRawQuery() == null ? "" : uri.getRawQuery());
        ObjectNode headers = ask.putObject("headers");
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            header.getValue().forEach(headers.withArray(header.getKey())::add);
        }
        ask.put("bodySha256", sha256(body));
        ask.put("action", "execute-api:Invoke");
        ask.put("resource", ARN_PREFIX + exchange.getRequestMethod() + uri.getPath());
        JsonNode verdict;
        try {
            HttpResponse<String> reply =
                    http.send(
                            HttpRequest.newBuilder(URI.create(BROKER_VERIFY))
                                    .timeout(Duration.ofSeconds(10))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(ask.toString()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            verdict = JSON.readTree(reply.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        boolean allowed = verdict.path("decision").path("allowed").asBoolean(false);
        byte[] out = verdict.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(allowed ? 200 : 403, out.length);
        try (var stream = exchange.getResponseBody()) {
            stream.write(out);
        }
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
