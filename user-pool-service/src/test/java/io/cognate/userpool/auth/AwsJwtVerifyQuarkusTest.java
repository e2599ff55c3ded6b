package io.cognate.userpool.auth;

import static io.cognate.userpool.auth.AmplifyClient.accessToken;
import static io.cognate.userpool.auth.AmplifyClient.idToken;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.token.Issuers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;

/**
 * Tokens from InitiateAuth checked by aws-jwt-verify 5.2.1's JwtRsaVerifier against the served
 * JWKS, as an API behind Cognito checks them: accepted as issued, refused when altered or when
 * presented for another client, issuer or use.
 */
@QuarkusTest
class AwsJwtVerifyQuarkusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI endpoint;

    @Inject Issuers issuers;

    SignInFixture fixture;
    AmplifyClient amplify;
    AuthenticationResultType tokens;

    @BeforeEach
    void signIn() {
        fixture = new SignInFixture(endpoint, PreventUserExistenceErrorTypes.ENABLED);
        amplify = new AmplifyClient(endpoint, fixture.poolId, fixture.clientId);
        tokens =
                fixture.passwordSignIn(fixture.confirmedUser(), SignInFixture.PASSWORD)
                        .authenticationResult();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void verifyWhenTokensAsIssuedThenIdAndAccessAccepted() {
        var results =
                amplify.verify(
                        issuers.of(fixture.poolId),
                        List.of(idToken(tokens.idToken()), accessToken(tokens.accessToken())));

        assertThat(AmplifyResults.payload(results.get(0)).get("iss").asText())
                .isEqualTo(issuers.of(fixture.poolId));
        assertThat(AmplifyResults.payload(results.get(1)).get("token_use").asText())
                .isEqualTo("access");
    }

    @Test
    void verifyWhenClaimsTamperedThenSignatureRefused() throws Exception {
        String id = withClaim(tokens.idToken(), "cognito:username", "admin");
        String access = withClaim(tokens.accessToken(), "scope", "admin");

        var results =
                amplify.verify(
                        issuers.of(fixture.poolId), List.of(idToken(id), accessToken(access)));

        assertThat(AmplifyResults.refusal(results.get(0))).isEqualTo("JwtInvalidSignatureError");
        assertThat(AmplifyResults.refusal(results.get(1))).isEqualTo("JwtInvalidSignatureError");
    }

    @Test
    void verifyWhenSignedWithTheOtherPoolKeyThenRefused() throws Exception {
        // Cognito signs ID and access tokens with two different keys, both in the JWKS: a token
        // that names the access key while signed by the ID key must not pass.
        String[] id = tokens.idToken().split("\\.");
        String[] access = tokens.accessToken().split("\\.");
        String swapped = access[0] + "." + id[1] + "." + id[2];

        var results = amplify.verify(issuers.of(fixture.poolId), List.of(idToken(swapped)));

        assertThat(AmplifyResults.refusal(results.get(0))).isEqualTo("JwtInvalidSignatureError");
    }

    @Test
    void verifyWhenIdTokenForAnotherClientThenAudienceRefused() {
        var results =
                amplify.verify(
                        issuers.of(fixture.poolId),
                        "someotherclientid123456789",
                        List.of(idToken(tokens.idToken()), accessToken(tokens.accessToken())));

        assertThat(AmplifyResults.refusal(results.get(0))).isEqualTo("JwtInvalidAudienceError");
        assertThat(results.get(1).get("error").get("message").asText())
                .startsWith("client_id is " + fixture.clientId);
    }

    @Test
    void verifyWhenIssuerIsAnotherPoolThenRefused() {
        var results =
                amplify.verify(
                        issuers.of("us-east-1_Another1"),
                        List.of(idToken(tokens.idToken()), accessToken(tokens.accessToken())));

        assertThat(AmplifyResults.refusal(results.get(0))).isEqualTo("JwtInvalidIssuerError");
        assertThat(AmplifyResults.refusal(results.get(1))).isEqualTo("JwtInvalidIssuerError");
    }

    @Test
    void verifyWhenAccessTokenPresentedAsIdTokenThenRefused() {
        var results =
                amplify.verify(
                        issuers.of(fixture.poolId),
                        List.of(idToken(tokens.accessToken()), accessToken(tokens.idToken())));

        // No aud in an access token; an ID token is not an access token.
        assertThat(AmplifyResults.refusal(results.get(0))).isEqualTo("JwtInvalidAudienceError");
        assertThat(results.get(1).get("error").get("message").asText())
                .isEqualTo("token_use is id, expected access");
    }

    /** The token with one claim changed and its signature kept. */
    private static String withClaim(String token, String claim, String value) throws Exception {
        String[] parts = token.split("\\.");
        ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        payload.put(claim, value);
        String changed =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(JSON.writeValueAsBytes(payload));
        return parts[0] + "." + changed + "." + parts[2];
    }
}
