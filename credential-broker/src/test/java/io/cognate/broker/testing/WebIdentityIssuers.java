package io.cognate.broker.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two OpenID issuers for the tests, with real RSA keys generated per run: identity-pool-service
 * (the broker's {@code cognate.broker.identity-jwks-url}) and an external OIDC provider ({@code
 * https://oidc.cognate.test/tenant}, client id {@code app-client-1}). Their JWKS are served by a
 * local HTTP server, which also serves an attacker's JWKS and counts every fetch per path ({@code
 * GET /hits/<path>}), so tests can prove what the broker fetched and what it never did. The private
 * keys reach the tests through test-only config properties ({@code test.web-identity.*}).
 */
public class WebIdentityIssuers implements QuarkusTestResourceLifecycleManager {

    public static final String IDENTITY_ISSUER = "http://127.0.0.1:8080/identity";
    public static final String OIDC_ISSUER = "https://oidc.cognate.test/tenant";
    public static final String OIDC_CLIENT_ID = "app-client-1";
    public static final String IDENTITY_KID = "identity-key-1";
    public static final String OIDC_KID = "oidc-key-1";
    public static final String IDENTITY_JWKS_PATH = "/identity/.well-known/jwks.json";
    public static final String OIDC_JWKS_PATH = "/tenant/jwks.json";
    public static final String ATTACKER_JWKS_PATH = "/attacker/jwks.json";

    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        KeyPair identity = rsa();
        KeyPair oidc = rsa();
        KeyPair attacker = rsa();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        serve(IDENTITY_JWKS_PATH, jwks(IDENTITY_KID, identity));
        serve(OIDC_JWKS_PATH, jwks(OIDC_KID, oidc));
        serve(ATTACKER_JWKS_PATH, jwks(IDENTITY_KID, attacker));
        server.createContext(
                "/hits",
                exchange ->
                        reply(
                                exchange,
                                Integer.toString(
                                        hits.computeIfAbsent(
                                                        exchange.getRequestURI()
                                                                .getPath()
                                                                .substring("/hits".length()),
                                                        p -> new AtomicInteger())
                                                .get())));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "cognate.broker.identity-issuer",
                IDENTITY_ISSUER,
                "cognate.broker.identity-jwks-url",
                base + IDENTITY_JWKS_PATH,
                "cognate.broker.oidc-providers.\"" + OIDC_ISSUER + "\".jwks-url",
                base + OIDC_JWKS_PATH,
                "cognate.broker.oidc-providers.\"" + OIDC_ISSUER + "\".client-ids",
                OIDC_CLIENT_ID,
                "cognate.broker.jwks-min-refresh-interval",
                "0s",
                "test.web-identity.base-url",
                base,
                "test.web-identity.identity-key",
                pkcs8(identity),
                "test.web-identity.oidc-key",
                pkcs8(oidc),
                "test.web-identity.attacker-key",
                pkcs8(attacker));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void serve(String path, String body) {
        server.createContext(
                path,
                exchange -> {
                    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                    reply(exchange, body);
                });
    }

    private static void reply(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String jwks(String kid, KeyPair pair) {
        RSAPublicKey key = (RSAPublicKey) pair.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\""
                + kid
                + "\",\"n\":\""
                + b64(key.getModulus())
                + "\",\"e\":\""
                + b64(key.getPublicExponent())
                + "\"}]}";
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String pkcs8(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
