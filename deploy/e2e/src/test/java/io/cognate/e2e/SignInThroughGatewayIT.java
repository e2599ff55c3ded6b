package io.cognate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/**
 * Sign-in through the gateway with the real clients: the AWS SDK (password flow, self-service,
 * sign-out), amazon-cognito-identity-js (SRP), and the JWKS the gateway serves verifying the
 * tokens' RS256 signatures.
 */
@ExtendWith(SharedSuite.class)
class SignInThroughGatewayIT {

    private static final URI GATEWAY = URI.create(LocalSuite.ENDPOINT);
    private static final LocalSuite SUITE = SharedSuite.SUITE;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Gateway-Pa55word!";

    private static CognitoIdentityProviderClient cognito;
    private static String poolId;
    private static String clientId;

    @BeforeAll
    static void launch() throws Exception {
        Map<String, String> root = SUITE.rootCredentials();
        cognito = GatewayClients.cognito(GatewayClients.root(root));
        poolId = cognito.createUserPool(r -> r.poolName("sign-in-e2e")).userPool().id();
        clientId =
                UserPools.client(
                        cognito,
                        poolId,
                        "web",
                        ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
    }

    @AfterAll
    static void shutdown() throws Exception {
        if (cognito != null) {
            cognito.close();
        }
    }

    @Test
    void sdkWhenUserSignsInThenTokensVerifyAgainstJwksAndWorkUntilGlobalSignOut() throws Exception {
        String username = user("sdk-user");

        var tokens =
                UserPools.passwordSignIn(cognito, clientId, username, PASSWORD)
                        .authenticationResult();

        JsonNode jwks = get("/" + poolId + "/.well-known/jwks.json");
        assertThat(jwks.get("keys")).hasSize(2);
        JsonNode idClaims = verified(tokens.idToken(), jwks);
        assertThat(idClaims.get("iss").asText()).isEqualTo(LocalSuite.ENDPOINT + "/" + poolId);
        assertThat(idClaims.get("aud").asText()).isEqualTo(clientId);
        assertThat(idClaims.get("cognito:username").asText()).isEqualTo(username);
        assertThat(verified(tokens.accessToken(), jwks).get("client_id").asText())
                .isEqualTo(clientId);
        assertThat(get("/" + poolId + "/.well-known/openid-configuration").get("jwks_uri").asText())
                .isEqualTo(LocalSuite.ENDPOINT + "/" + poolId + "/.well-known/jwks.json");

        assertThat(cognito.getUser(r -> r.accessToken(tokens.accessToken())).username())
                .isEqualTo(username);
        var refreshed =
                cognito.initiateAuth(
                                r ->
                                        r.clientId(clientId)
                                                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                                                .authParameters(
                                                        Map.of(
                                                                "REFRESH_TOKEN",
                                                                tokens.refreshToken())))
                        .authenticationResult();
        assertThat(refreshed.accessToken()).isNotEqualTo(tokens.accessToken());

        cognito.globalSignOut(r -> r.accessToken(refreshed.accessToken()));

        assertThatThrownBy(() -> cognito.getUser(r -> r.accessToken(tokens.accessToken())))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> cognito.getUser(r -> r.accessToken(refreshed.accessToken())))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void amplifyWhenUserSignsInWithSrpThroughGatewayThenTokens() throws Exception {
        String username = user("amplify-user");

        JsonNode right = amplify(username, PASSWORD);
        JsonNode wrong = amplify(username, "Not-The-Pa55word!");

        assertThat(right.path("error").isMissingNode() || right.path("error").isNull())
                .as("error: %s", right.path("error"))
                .isTrue();
        assertThat(right.at("/tokens/accessToken").asText()).isNotBlank();
        assertThat(right.get("calls").toString()).contains("USER_SRP_AUTH", "PASSWORD_VERIFIER");
        assertThat(wrong.at("/error/code").asText()).isEqualTo("NotAuthorizedException");
    }

    private static String user(String prefix) {
        return UserPools.confirmedUser(cognito, poolId, prefix, PASSWORD);
    }

    /**
     * Runs amazon-cognito-identity-js's authenticateUser (SRP, its default) against the gateway.
     */
    private static JsonNode amplify(String username, String password) throws Exception {
        return AmplifyScripts.run(
                "authenticate.js",
                AmplifyScripts.signIn(poolId, clientId, username, password, "USER_SRP_AUTH"));
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(GATEWAY.resolve(path))
                                        .timeout(Duration.ofSeconds(10))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Checks the RS256 signature against the JWKS key the header names; returns the claims. */
    private static JsonNode verified(String jwt, JsonNode jwks) throws Exception {
        String[] parts = jwt.split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        JsonNode jwk = null;
        for (JsonNode key : jwks.get("keys")) {
            if (key.get("kid").asText().equals(header.get("kid").asText())) {
                jwk = key;
            }
        }
        assertThat(jwk).as("kid %s in JWKS", header.get("kid")).isNotNull();
        RSAPublicKey key =
                (RSAPublicKey)
                        KeyFactory.getInstance("RSA")
                                .generatePublic(
                                        new RSAPublicKeySpec(
                                                unsigned(jwk.get("n").asText()),
                                                unsigned(jwk.get("e").asText())));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }
}
