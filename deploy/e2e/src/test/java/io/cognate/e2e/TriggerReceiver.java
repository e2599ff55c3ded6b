package io.cognate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook receiver on 127.0.0.1 playing Lambda triggers for the launched suite, as an application
 * would run one: {@code POST /<name>} checks Cognate's {@code X-Cognate-Signature} with the pool's
 * secret (derived from {@link LocalSuite#TRIGGER_SIGNING_KEY} as the module README documents),
 * records the event, and answers with what the handler for {@code <name>} makes of it. A call whose
 * signature does not verify is recorded as such and answered 401.
 */
final class TriggerReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One call as received: the event, and whether its signature verified. */
    record Call(String name, JsonNode event, boolean signed) {}

    /** What a handler answers: an HTTP status and a JSON body. */
    record Reply(int status, JsonNode body) {

        /** A failing Lambda's answer: Lambda's error shape {@code {"errorMessage": …}}. */
        static Reply error(int status, String message) {
            return new Reply(status, JSON.createObjectNode().put("errorMessage", message));
        }
    }

    private final HttpServer server;
    private final Map<String, Function<ObjectNode, Reply>> handlers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    TriggerReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The URL to put in a pool's LambdaConfig for {@code name}. */
    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    /** How {@code /<name>} answers: the handler gets the event and returns the reply. */
    void answer(String name, UnaryOperator<ObjectNode> handler) {
        reply(name, event -> new Reply(200, handler.apply(event)));
    }

    /** How {@code /<name>} answers, status included (a failing trigger answers 4xx). */
    void reply(String name, Function<ObjectNode, Reply> handler) {
        handlers.put(name, handler);
    }

    /** The events {@code name} received for the pool, oldest first. */
    List<Call> calls(String name, String userPoolId) {
        return calls.stream()
                .filter(c -> c.name().equals(name))
                .filter(c -> userPoolId.equals(c.event().path("userPoolId").asText()))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring(1);
        byte[] body = exchange.getRequestBody().readAllBytes();
        ObjectNode event = (ObjectNode) JSON.readTree(body);
        boolean signed =
                verifies(
                        exchange.getRequestHeaders().getFirst("X-Cognate-Signature"),
                        event.path("userPoolId").asText(),
                        body);
        calls.add(new Call(name, event.deepCopy(), signed));
        Reply reply =
                signed
                        ? handlers.getOrDefault(name, e -> new Reply(200, e)).apply(event)
                        : new Reply(401, JSON.createObjectNode().put("error", "unsigned"));
        byte[] bytes = reply.body().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256(pool secret, "<t>." + body)>}. */
    private static boolean verifies(String header, String userPoolId, byte[] body) {
        if (header == null || !header.matches("t=\\d+,v1=[0-9a-f]{64}")) {
            return false;
        }
        String t = header.substring(2, header.indexOf(','));
        String v1 = header.substring(header.indexOf("v1=") + 3);
        String poolSecret =
                HexFormat.of()
                        .formatHex(
                                hmac(
                                        LocalSuite.TRIGGER_SIGNING_KEY.getBytes(
                                                StandardCharsets.UTF_8),
                                        userPoolId.getBytes(StandardCharsets.UTF_8)));
        byte[] prefix = (t + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signedBytes = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signedBytes, 0, prefix.length);
        System.arraycopy(body, 0, signedBytes, prefix.length, body.length);
        byte[] expected = hmac(poolSecret.getBytes(StandardCharsets.UTF_8), signedBytes);
        return java.security.MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
