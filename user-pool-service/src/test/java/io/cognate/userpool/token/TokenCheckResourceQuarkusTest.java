package io.cognate.userpool.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.user.Users;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /internal/token-check}, the question an identity pool asks for {@code
 * ServerSideTokenCheck}: a live ID token stands; after a global sign-out, a revocation of its
 * lineage, the user's disabling or deletion it does not; nor does a forged, altered or access
 * token.
 */
@QuarkusTest
class TokenCheckResourceQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject TokenIssuer issuer;
    @Inject AppClients clients;
    @Inject Users users;

    private TokenFixture fx;
    private String poolId;
    private String clientId;

    @BeforeEach
    void connect() {
        fx = new TokenFixture(endpoint, issuer, clients, users);
        poolId = fx.pool("token-check");
        clientId = fx.client(poolId);
        fx.user(poolId, "ida");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void tokenCheckWhenIdTokenLiveThenActive() {
        check(fx.signIn(poolId, clientId, "ida").idToken())
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("active", equalTo(true))
                .body("reason", nullValue());
    }

    @Test
    void tokenCheckWhenUserSignedOutGloballyThenRevoked() {
        AuthenticationResultType tokens = fx.signIn(poolId, clientId, "ida");

        fx.app.globalSignOut(r -> r.accessToken(tokens.accessToken()));

        inactive(tokens.idToken(), IdTokenCheck.REVOKED);
    }

    @Test
    void tokenCheckWhenLineageRevokedThenRevokedAndOtherSignInsStand() {
        AuthenticationResultType revoked = fx.signIn(poolId, clientId, "ida");
        AuthenticationResultType other = fx.signIn(poolId, clientId, "ida");

        fx.app.revokeToken(r -> r.clientId(clientId).token(revoked.refreshToken()));

        inactive(revoked.idToken(), IdTokenCheck.REVOKED);
        check(other.idToken()).body("active", equalTo(true));
    }

    @Test
    void tokenCheckWhenUserDisabledOrDeletedThenInactive() {
        String idToken = fx.signIn(poolId, clientId, "ida").idToken();

        fx.admin.adminDisableUser(r -> r.userPoolId(poolId).username("ida"));
        inactive(idToken, IdTokenCheck.DISABLED);

        fx.admin.adminDeleteUser(r -> r.userPoolId(poolId).username("ida"));
        inactive(idToken, IdTokenCheck.NO_USER);
    }

    @Test
    void tokenCheckWhenTokenAlteredForgedOrNotAnIdTokenThenInvalid() {
        AuthenticationResultType tokens = fx.signIn(poolId, clientId, "ida");
        String[] parts = tokens.idToken().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        String otherUser =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                claims.replaceFirst("\"sub\":\"[^\"]+\"", "\"sub\":\"x\"")
                                        .getBytes());

        inactive(parts[0] + "." + otherUser + "." + parts[2], IdTokenCheck.INVALID);
        inactive(tokens.accessToken(), IdTokenCheck.INVALID);
        inactive("not-a-jwt", IdTokenCheck.INVALID);
        inactive(parts[0] + "." + parts[1] + ".", IdTokenCheck.INVALID);
    }

    @Test
    void tokenCheckWhenBodyIsNotACheckRequestThen400NeverA500() {
        given().contentType(ContentType.JSON)
                .body("{not json")
                .post(TokenCheckResource.PATH)
                .then()
                .statusCode(400)
                .body("__type", equalTo("SerializationException"));
        given().contentType(ContentType.JSON)
                .body(Map.of("idToken", 42))
                .post(TokenCheckResource.PATH)
                .then()
                .statusCode(400)
                .body("__type", equalTo("ValidationException"));
        given().contentType(ContentType.JSON)
                .body("[]")
                .post(TokenCheckResource.PATH)
                .then()
                .statusCode(400);
    }

    private static ValidatableResponse check(String idToken) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("idToken", idToken))
                .post(TokenCheckResource.PATH)
                .then();
    }

    private static void inactive(String idToken, String reason) {
        check(idToken)
                .statusCode(200)
                .body("active", equalTo(false))
                .body("reason", equalTo(reason));
    }
}
