package io.cognate.identitypool.testing;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The endpoints identity-pool-service calls, stood up locally for the tests on one HTTP server: the
 * user pools' JWKS, an OIDC provider's and Google's JWKS (all one test key, {@link #SIGNING_KID}),
 * a Login-with-Amazon token-info endpoint, the STS stand-in ({@link StsStandIn}) and the user
 * pool's token check ({@link UserPoolStandIn}). The credential broker runs in another process, so
 * this stand-in exists only for this module's tests; the end-to-end suite runs the real broker. The
 * private key reaches the tests as test configuration ({@code test.cognate.signing-key}), since
 * test resources and tests may not share classes.
 */
public class ExternalEndpoints implements QuarkusTestResourceLifecycleManager {

    public static final String SIGNING_KID = "test-user-pool-key-1";
    public static final String OIDC_PROVIDER = "login.example.com/oidc";
    public static final String OIDC_CLIENT = "oidc-client-1";
    public static final String AMAZON_APP = "amzn1.application.test";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String jwks =
                    new JWKSet(
                                    new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                                            .keyID(SIGNING_KID)
                                            .keyUse(KeyUse.SIGNATURE)
                                            .build())
                            .toString();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/userpools/", exchange -> jwks(exchange, jwks));
            server.createContext("/oidc/jwks.json", exchange -> respond(exchange, 200, jwks));
            server.createContext("/google/jwks.json", exchange -> respond(exchange, 200, jwks));
            server.createContext("/amazon/tokeninfo", ExternalEndpoints::amazon);
            server.createContext("/sts/", new StsStandIn());
            server.createContext("/userpool/", new UserPoolStandIn());
            server.start();
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Map<String, String> config = new HashMap<>();
            config.put(
                    "cognate.identity.user-pool-jwks-url",
                    base + "/userpools/{userPoolId}/.well-known/jwks.json");
            config.put("cognate.identity.sts-url", base + "/sts/");
            config.put(
                    "cognate.identity.user-pool-token-check-url", base + "/userpool/token-check");
            config.put(
                    "cognate.identity.oidc-providers.\"" + OIDC_PROVIDER + "\".jwks-url",
                    base + "/oidc/jwks.json");
            config.put(
                    "cognate.identity.oidc-providers.\"" + OIDC_PROVIDER + "\".client-ids",
                    OIDC_CLIENT + ",oidc-client-2");
            config.put(
                    "cognate.identity.social-providers.\"accounts.google.com\".jwks-url",
                    base + "/google/jwks.json");
            config.put(
                    "cognate.identity.social-providers.\"www.amazon.com\".verification-url",
                    base + "/amazon/tokeninfo");
            config.put(
                    "test.cognate.signing-key",
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            config.put("test.cognate.endpoints", base);
            config.putAll(SamlIdp.configuration());
            return config;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("test endpoints did not start", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Only pools whose id says so exist; others answer 404 as user-pool-service would. */
    private static void jwks(HttpExchange exchange, String jwks) throws IOException {
        boolean known = exchange.getRequestURI().getPath().startsWith("/userpools/us-east-1_");
        respond(exchange, known ? 200 : 404, known ? jwks : "{}");
    }

    /** Tokens {@code amzn-valid-<user>} are valid for {@link #AMAZON_APP}; others are not. */
    private static void amazon(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String token =
                query != null && query.startsWith("access_token=")
                        ? URLDecoder.decode(query.substring(13), StandardCharsets.UTF_8)
                        : "";
        if (!token.startsWith("amzn-valid-")) {
            respond(exchange, 400, "{\"error\":\"invalid_token\"}");
            return;
        }
        String user = "amzn1.account." + token.substring(11);
        respond(
                exchange,
                200,
                "{\"iss\":\"https://www.amazon.com\",\"user_id\":\""
                        + user
                        + "\",\"aud\":\""
                        + AMAZON_APP
                        + "\",\"app_id\":\""
                        + AMAZON_APP
                        + "\",\"exp\":"
                        + (System.currentTimeMillis() / 1000 + 3600)
                        + "}");
    }

    static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
