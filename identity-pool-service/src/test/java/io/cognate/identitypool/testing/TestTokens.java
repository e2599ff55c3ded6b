package io.cognate.identitypool.testing;

import static io.restassured.RestAssured.given;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Login tokens minted in the tests with the key whose JWKS {@link ExternalEndpoints} serves, as a
 * user pool (or OIDC provider) would issue them; and the broken variants the validators must
 * refuse.
 */
public final class TestTokens {

    public static final String USER_POOL_ID = "us-east-1_TestPool1";
    public static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/" + USER_POOL_ID;
    public static final String ISSUER = "http://127.0.0.1:8080/" + USER_POOL_ID;

    private TestTokens() {}

    /** Claims of a fresh user-pool ID token for {@code clientId} and user {@code sub}. */
    public static JWTClaimsSet.Builder idToken(String clientId, String sub) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(sub)
                .audience(clientId)
                .claim("token_use", "id")
                .claim("cognito:username", "user-" + sub.substring(0, 8))
                .claim("email", sub.substring(0, 8) + "@example.com")
                .issueTime(Date.from(now))
                .claim("auth_time", now.getEpochSecond())
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .jwtID(UUID.randomUUID().toString());
    }

    public static String newSub() {
        return UUID.randomUUID().toString();
    }

    /** RS256 with the served key. */
    public static String sign(JWTClaimsSet claims) {
        return sign(
                claims,
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ExternalEndpoints.SIGNING_KID));
    }

    public static String sign(JWTClaimsSet claims, JWSHeader.Builder header) {
        return sign(claims, header, servedKey());
    }

    /** Signed by a key the JWKS does not have, under a kid it does not list. */
    public static String signWithUnknownKey(JWTClaimsSet claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(
                    claims,
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("unknown-kid"),
                    generator.generateKeyPair().getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signed token with its kid claiming the served key but another key signing. */
    public static String signWithOtherKeyUnderServedKid(JWTClaimsSet claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(
                    claims,
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ExternalEndpoints.SIGNING_KID),
                    generator.generateKeyPair().getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}, no signature. */
    public static String unsigned(JWTClaimsSet claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"none\",\"kid\":\"" + ExternalEndpoints.SIGNING_KID + "\"}";
        return b64.encodeToString(header.getBytes())
                + "."
                + b64.encodeToString(claims.toString().getBytes())
                + ".";
    }

    /** HS256 keyed with a secret anyone could choose (the classic RS/HS confusion attack). */
    public static String hmac(JWTClaimsSet claims) {
        try {
            SignedJWT jwt =
                    new SignedJWT(
                            new JWSHeader.Builder(JWSAlgorithm.HS256)
                                    .keyID(ExternalEndpoints.SIGNING_KID)
                                    .build(),
                            claims);
            jwt.sign(new MACSigner(new byte[32]));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The valid token with its payload replaced (a claim changed after signing). */
    public static String tampered(String token, JWTClaimsSet forged) {
        String[] parts = token.split("\\.");
        return parts[0]
                + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(forged.toString().getBytes())
                + "."
                + parts[2];
    }

    /** A header with {@code crit} (an extension the verifier does not understand). */
    public static JWSHeader.Builder criticalHeader() {
        return new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(ExternalEndpoints.SIGNING_KID)
                .type(JOSEObjectType.JWT)
                .customParam("exp-ext", 1)
                .criticalParams(Set.of("exp-ext"));
    }

    /**
     * What the broker stand-in accepted for an identity: the fields of the internal request ({@code
     * RoleArn}, {@code IdentityPoolId}, {@code IdentityId}, {@code Amr}, {@code PrincipalTags},
     * {@code DurationSeconds}).
     */
    public static Map<String, Object> acceptedByBroker(String identityId) {
        return given().baseUri(endpoint().toString())
                .queryParam("sub", identityId)
                .get("/sts/requests")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    /** Tells the user-pool stand-in that this user signed out: its token check now refuses. */
    public static void signOutAtUserPool(String sub) {
        given().baseUri(endpoint().toString())
                .body(sub)
                .post("/userpool/sign-out")
                .then()
                .statusCode(200);
    }

    /** Makes the user-pool stand-in fail (500) when asked about this user's tokens. */
    public static void breakUserPoolFor(String sub) {
        given().baseUri(endpoint().toString())
                .body(sub)
                .post("/userpool/break")
                .then()
                .statusCode(200);
    }

    /** How often the user-pool stand-in was asked about this user's ID tokens. */
    public static int tokenChecksAtUserPool(String sub) {
        return Integer.parseInt(
                given().baseUri(endpoint().toString())
                        .queryParam("sub", sub)
                        .get("/userpool/checked")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    public static List<String> list(Object value) {
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static URI endpoint() {
        return URI.create(
                ConfigProvider.getConfig().getValue("test.cognate.endpoints", String.class));
    }

    private static String sign(JWTClaimsSet claims, JWSHeader.Builder header, PrivateKey key) {
        try {
            SignedJWT jwt = new SignedJWT(header.build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey servedKey() {
        try {
            byte[] pkcs8 =
                    Base64.getDecoder()
                            .decode(
                                    ConfigProvider.getConfig()
                                            .getValue("test.cognate.signing-key", String.class));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
