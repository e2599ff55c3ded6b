package io.cognate.identitypool.testing;

import static io.restassured.RestAssured.given;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;

/**
 * Verifies an identity-pool OpenID token with an independent JOSE implementation (Nimbus) against
 * the JWKS the service serves, as a relying party (STS, a resource server) would.
 */
public final class OpenIdTokenCheck {

    public static final String ISSUER = "http://127.0.0.1:8080/identity";

    private OpenIdTokenCheck() {}

    /** The token's claims after its RS256 signature checked out against the served key. */
    public static JWTClaimsSet verifiedClaims(URI endpoint, String token) {
        try {
            String jwks =
                    given().baseUri(endpoint.toString())
                            .get("/identity/.well-known/jwks_uri")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                throw new AssertionError("not RS256: " + jwt.getHeader().getAlgorithm());
            }
            RSAKey key = (RSAKey) JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID());
            if (key == null || !jwt.verify(new RSASSAVerifier(key))) {
                throw new AssertionError("signature does not verify against the served JWKS");
            }
            return jwt.getJWTClaimsSet();
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
            throw new AssertionError("not a verifiable JWT", e);
        }
    }
}
