package io.cognate.userpool.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A real HTTP server (the JDK's) on a free loopback port that plays the Lambda functions of every
 * {@code @QuarkusTest}: {@code POST /<name>} records the event and answers as the test said (by
 * default it echoes the event, as a Lambda that changes nothing). Configuration maps the Lambda ARN
 * {@link #functionArn(String)} of each name in {@link #NAMES} to {@code /<name>}, allows the
 * loopback address explicitly and sets the test signing key.
 */
@QuarkusTestResource(value = WebhookReceiver.Lifecycle.class, restrictToAnnotatedClass = false)
public final class WebhookReceiver {

    /** The function names tests may use. */
    public static final List<String> NAMES =
            List.of(
                    "PreSignUp",
                    "CustomMessage",
                    "PostConfirmation",
                    "PreAuthentication",
                    "PostAuthentication",
                    "DefineAuthChallenge",
                    "CreateAuthChallenge",
                    "VerifyAuthChallengeResponse",
                    "PreTokenGeneration",
                    "UserMigration",
                    "Other");

    /** Test-only master key of the webhook signatures. */
    public static final String SIGNING_KEY = "test-only-webhook-signing-key-not-for-production";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile HttpServer server;
    private static final Map<String, Function<Received, Reply>> HANDLERS =
            new ConcurrentHashMap<>();
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static volatile CountDownLatch hold = new CountDownLatch(0);

    private WebhookReceiver() {}

    /** One call as the receiver got it. */
    public record Received(String name, Map<String, String> headers, String body) {

        public JsonNode event() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** An answer: status and raw body. */
    public record Reply(int status, String body) {

        public static Reply json(int status, JsonNode body) {
            return new Reply(status, body.toString());
        }
    }

    /** The ARN that configuration maps to {@code /<name>} on this receiver. */
    public static String functionArn(String name) {
        return "arn:aws:lambda:us-east-1:000000000000:function:cognate-test-" + name;
    }

    /** The receiver's URL for a name, e.g. for tests that call the invoker directly. */
    public static String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    /** How {@code /<name>} answers from now on (until {@link #reset()}). */
    public static void answer(String name, Function<Received, Reply> handler) {
        HANDLERS.put(name, handler);
    }

    /** Calls to {@code /<name>} get no answer until {@link #release()}. */
    public static void holdAnswers(String name) {
        hold = new CountDownLatch(1);
        answer(
                name,
                received -> {
                    try {
                        hold.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new Reply(200, received.body());
                });
    }

    public static void release() {
        hold.countDown();
    }

    /** The calls to {@code /<name>} whose event names the pool, oldest first. */
    public static List<Received> received(String name, String userPoolId) {
        return RECEIVED.stream()
                .filter(r -> r.name().equals(name))
                .filter(r -> userPoolId.equals(r.event().path("userPoolId").asText()))
                .toList();
    }

    public static void reset() {
        release();
        HANDLERS.clear();
        RECEIVED.clear();
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring(1);
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders()
                .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received received = new Received(name, headers, body);
        RECEIVED.add(received);
        Reply reply = HANDLERS.getOrDefault(name, r -> new Reply(200, r.body())).apply(received);
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // The caller gave up (timeout test): nothing to answer to.
        }
    }

    public static final class Lifecycle implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                server =
                        HttpServer.create(
                                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", WebhookReceiver::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            int port = server.getAddress().getPort();
            Map<String, String> config = new HashMap<>();
            // any port of 127.0.0.1, so a test can also aim at a port nobody listens on
            config.put("cognate.triggers.allowed-urls", "http://127.0.0.1/");
            config.put("cognate.triggers.allowed-networks", "127.0.0.1/32");
            config.put("cognate.triggers.signing-key", SIGNING_KEY);
            for (String name : NAMES) {
                config.put(
                        "cognate.triggers.functions.\"" + functionArn(name) + "\"",
                        "http://127.0.0.1:" + port + "/" + name);
            }
            return config;
        }

        @Override
        public void stop() {
            if (server != null) {
                release();
                server.stop(0);
            }
        }
    }
}
