package io.cognate.userpool.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.user.Users;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JWKS and OpenID discovery documents under each pool's issuer. */
@QuarkusTest
class WellKnownEndpointQuarkusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI endpoint;

    @Inject TokenIssuer issuer;
    @Inject AppClients clients;
    @Inject Users users;

    private TokenFixture fx;
    private String poolId;

    @BeforeEach
    void connect() {
        fx = new TokenFixture(endpoint, issuer, clients, users);
        poolId = fx.pool("discovery");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void jwksWhenPoolExistsThenTwoRsaSigningKeysCacheableAndStableUntilSignIn() throws Exception {
        HttpResponse<String> first = fx.get("/" + poolId + "/.well-known/jwks.json");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        JsonNode keys = JSON.readTree(first.body()).get("keys");
        assertThat(keys).hasSize(2);
        List<String> members = new ArrayList<>();
        keys.get(0).fieldNames().forEachRemaining(members::add);
        assertThat(members).containsExactly("alg", "e", "kid", "kty", "n", "use");
        for (JsonNode key : keys) {
            assertThat(key.get("alg").asText()).isEqualTo("RS256");
            assertThat(key.get("kty").asText()).isEqualTo("RSA");
            assertThat(key.get("use").asText()).isEqualTo("sig");
            assertThat(key.get("e").asText()).isEqualTo("AQAB");
            assertThat(key.get("n").asText()).matches("[A-Za-z0-9_-]{342}");
        }
        String clientId = fx.client(poolId);
        fx.user(poolId, "ivy");
        fx.signIn(poolId, clientId, "ivy");
        assertThat(fx.get("/" + poolId + "/.well-known/jwks.json").body()).isEqualTo(first.body());
    }

    @Test
    void openIdConfigurationWhenPoolExistsThenIssuerAndEndpointsUnderThePublicOrigin()
            throws Exception {
        HttpResponse<String> response = fx.get("/" + poolId + "/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        JsonNode doc = JSON.readTree(response.body());
        String issuer = "http://127.0.0.1:8080/" + poolId;
        assertThat(doc.get("issuer").asText()).isEqualTo(issuer);
        assertThat(doc.get("jwks_uri").asText()).isEqualTo(issuer + "/.well-known/jwks.json");
        assertThat(doc.get("authorization_endpoint").asText())
                .isEqualTo("http://127.0.0.1:8080/oauth2/authorize");
        assertThat(doc.get("token_endpoint").asText())
                .isEqualTo("http://127.0.0.1:8080/oauth2/token");
        assertThat(doc.get("userinfo_endpoint").asText())
                .isEqualTo("http://127.0.0.1:8080/oauth2/userInfo");
        assertThat(doc.get("revocation_endpoint").asText())
                .isEqualTo("http://127.0.0.1:8080/oauth2/revoke");
        assertThat(doc.get("end_session_endpoint").asText())
                .isEqualTo("http://127.0.0.1:8080/logout");
        assertThat(doc.get("id_token_signing_alg_values_supported").toString())
                .isEqualTo("[\"RS256\"]");
        assertThat(doc.get("response_types_supported").toString())
                .isEqualTo("[\"code\",\"token\"]");
        assertThat(doc.get("scopes_supported").toString())
                .isEqualTo("[\"openid\",\"email\",\"phone\",\"profile\"]");
        assertThat(doc.get("subject_types_supported").toString()).isEqualTo("[\"public\"]");
        assertThat(doc.get("token_endpoint_auth_methods_supported").toString())
                .isEqualTo("[\"client_secret_basic\",\"client_secret_post\"]");
    }

    @Test
    void documentsWhenPoolUnknownOrMalformedThen404JsonAndNoKeysCreated() throws Exception {
        for (String path :
                List.of(
                        "/us-east-1_Nope12345/.well-known/jwks.json",
                        "/us-east-1_Nope12345/.well-known/openid-configuration",
                        "/not-a-pool/.well-known/jwks.json")) {
            HttpResponse<String> response = fx.get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(JSON.readTree(response.body()).get("__type").asText())
                    .isEqualTo("ResourceNotFoundException");
        }
    }
}
