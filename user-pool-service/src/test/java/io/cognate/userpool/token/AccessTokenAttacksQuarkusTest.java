package io.cognate.userpool.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.token.jwt.JwsSigner;
import io.cognate.userpool.token.keys.PoolKeys;
import io.cognate.userpool.token.keys.SigningKeys;
import io.cognate.userpool.token.keys.TokenUse;
import io.cognate.userpool.user.Users;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/**
 * Forged and altered access tokens against GetUser (SECURITY-CASES 5 and 7): every one is refused
 * as an invalid token, and nothing is ever fetched from a URL a token names.
 */
@QuarkusTest
class AccessTokenAttacksQuarkusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    @TestHTTPResource("/")
    URI endpoint;

    @Inject TokenIssuer issuer;
    @Inject AppClients clients;
    @Inject Users users;
    @Inject SigningKeys keys;
    @Inject JwsSigner signer;

    private TokenFixture fx;
    private String poolId;
    private String genuine;
    private String kid;

    @BeforeEach
    void connect() throws Exception {
        fx = new TokenFixture(endpoint, issuer, clients, users);
        poolId = fx.pool("attacks");
        String clientId = fx.client(poolId);
        fx.user(poolId, "mallory");
        fx.user(poolId, "victim");
        genuine = fx.signIn(poolId, clientId, "mallory").accessToken();
        kid = JSON.readTree(DECODE.decode(genuine.split("\\.")[0])).get("kid").asText();
        assertThat(fx.app.getUser(r -> r.accessToken(genuine)).username()).isEqualTo("mallory");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void getUserWhenAlgNoneInAnyCaseThenRefused() {
        for (String alg : List.of("none", "None", "NONE", "nOnE")) {
            String header = "{\"kid\":\"" + kid + "\",\"alg\":\"" + alg + "\"}";
            assertInvalid(encode(header) + "." + part(genuine, 1) + ".");
            assertInvalid(encode(header) + "." + part(genuine, 1) + "." + part(genuine, 2));
        }
    }

    @Test
    void getUserWhenHs256SignedWithThePublicKeyThenRefused() throws Exception {
        PoolKeys pool = TokenFixture.await(() -> keys.current(poolId));
        byte[] publicKey = pool.current(TokenUse.ACCESS).orElseThrow().publicKey().getEncoded();
        String pem =
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder().encodeToString(publicKey)
                        + "\n-----END PUBLIC KEY-----\n";
        for (byte[] secret : List.of(publicKey, pem.getBytes(StandardCharsets.US_ASCII))) {
            String input =
                    encode("{\"kid\":\"" + kid + "\",\"alg\":\"HS256\"}") + "." + part(genuine, 1);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            assertInvalid(
                    input
                            + "."
                            + B64URL.encodeToString(
                                    mac.doFinal(input.getBytes(StandardCharsets.US_ASCII))));
        }
    }

    @Test
    void getUserWhenKidUnknownInjectedOrForeignThenRefused() throws Exception {
        String otherPool = fx.pool("attacks-other");
        PoolKeys foreign = TokenFixture.await(() -> keys.current(otherPool));
        String foreignKid = foreign.current(TokenUse.ACCESS).orElseThrow().kid();
        for (String injected :
                List.of(
                        B64URL.encodeToString(new byte[32]) + "=",
                        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                        "../../../../etc/passwd",
                        "' OR '1'='1",
                        "/dev/null",
                        foreignKid)) {
            assertInvalid(
                    withHeader(
                            "{\"kid\":"
                                    + JSON.writeValueAsString(injected)
                                    + ",\"alg\":\"RS256\"}"));
        }
    }

    @Test
    void getUserWhenSignedWithAnotherPoolsKeyForThisIssuerThenRefused() throws Exception {
        String otherPool = fx.pool("attacks-foreign");
        PoolKeys foreign = TokenFixture.await(() -> keys.current(otherPool));
        Map<String, Object> claims = claims(genuine);

        assertInvalid(signer.sign(foreign.current(TokenUse.ACCESS).orElseThrow(), claims));
    }

    @Test
    void getUserWhenSignedWithThePoolsIdKeyOrAnIdTokenThenRefused() throws Exception {
        PoolKeys pool = TokenFixture.await(() -> keys.current(poolId));
        Map<String, Object> claims = claims(genuine);

        assertInvalid(signer.sign(pool.current(TokenUse.ID).orElseThrow(), claims));
        claims.put("token_use", "id");
        assertInvalid(signer.sign(pool.current(TokenUse.ACCESS).orElseThrow(), claims));
    }

    @Test
    void getUserWhenExpiredThenAccessTokenHasExpired() throws Exception {
        PoolKeys pool = TokenFixture.await(() -> keys.current(poolId));
        Map<String, Object> claims = claims(genuine);
        long past = Instant.now().getEpochSecond() - 7200;
        claims.put("iat", past);
        claims.put("exp", past + 3600);

        String expired = signer.sign(pool.current(TokenUse.ACCESS).orElseThrow(), claims);

        assertThatThrownBy(() -> fx.app.getUser(r -> r.accessToken(expired)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Access Token has expired");
    }

    @Test
    void getUserWhenPayloadTamperedThenRefused() throws Exception {
        ObjectNode payload = (ObjectNode) JSON.readTree(DECODE.decode(part(genuine, 1)));
        String victimSub =
                fx
                        .admin
                        .adminGetUser(r -> r.userPoolId(poolId).username("victim"))
                        .userAttributes()
                        .stream()
                        .filter(a -> a.name().equals("sub"))
                        .findFirst()
                        .orElseThrow()
                        .value();
        payload.put("sub", victimSub);
        payload.put("username", "victim");

        assertInvalid(part(genuine, 0) + "." + encode(payload.toString()) + "." + part(genuine, 2));
        String signature = part(genuine, 2);
        String flipped = (signature.charAt(5) == 'A' ? "B" : "A");
        assertInvalid(
                part(genuine, 0)
                        + "."
                        + part(genuine, 1)
                        + "."
                        + signature.substring(0, 5)
                        + flipped
                        + signature.substring(6));
        assertInvalid(genuine + ".extra");
        assertInvalid(part(genuine, 0) + "." + part(genuine, 1));
    }

    @Test
    void getUserWhenHeaderNamesJkuX5uJwkOrCritThenRefusedWithoutAnyOutboundCall() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer trap = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        trap.createContext(
                "/",
                exchange -> {
                    fetched.incrementAndGet();
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                });
        trap.start();
        try {
            String url = "http://127.0.0.1:" + trap.getAddress().getPort() + "/jwks.json";
            for (String extra :
                    List.of(
                            "\"jku\":\"" + url + "\"",
                            "\"x5u\":\"" + url + "\"",
                            "\"jwk\":{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}",
                            "\"crit\":[\"exp\"]",
                            "\"crit\":[\"x-unknown\"],\"x-unknown\":true",
                            "\"alg\":\"HS256\"")) {
                assertInvalid(
                        withHeader("{\"kid\":\"" + kid + "\",\"alg\":\"RS256\"," + extra + "}"));
            }
        } finally {
            trap.stop(0);
        }
        assertThat(fetched.get()).isZero();
    }

    private void assertInvalid(String token) {
        assertThatThrownBy(() -> fx.app.getUser(r -> r.accessToken(token)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid Access Token");
    }

    private String withHeader(String header) {
        return encode(header) + "." + part(genuine, 1) + "." + part(genuine, 2);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String token) throws Exception {
        return new LinkedHashMap<>(JSON.readValue(DECODE.decode(part(token, 1)), Map.class));
    }

    private static String part(String token, int index) {
        return token.split("\\.")[index];
    }

    private static String encode(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
