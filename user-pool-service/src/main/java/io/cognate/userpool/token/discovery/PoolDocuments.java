package io.cognate.userpool.token.discovery;

import io.cognate.userpool.token.Issuers;
import io.cognate.userpool.token.keys.PoolKeys;
import io.cognate.userpool.token.keys.SigningKey;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON documents under a pool's issuer (cognito.md §2.1). */
final class PoolDocuments {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private PoolDocuments() {}

    /** Current keys first (ID, then access), then retired keys still published. */
    static Map<String, Object> jwks(PoolKeys keys, Instant now) {
        List<Map<String, Object>> jwks = new ArrayList<>();
        keys.publishedAt(now).stream()
                .sorted(
                        (a, b) ->
                                a.current() != b.current()
                                        ? (a.current() ? -1 : 1)
                                        : a.use().compareTo(b.use()))
                .forEach(key -> jwks.add(jwk(key)));
        return Map.of("keys", jwks);
    }

    static Map<String, Object> jwk(SigningKey key) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("alg", "RS256");
        jwk.put("e", unsigned(key.publicKey().getPublicExponent()));
        jwk.put("kid", key.kid());
        jwk.put("kty", "RSA");
        jwk.put("n", unsigned(key.publicKey().getModulus()));
        jwk.put("use", "sig");
        return jwk;
    }

    /**
     * OpenID Provider metadata. The OAuth endpoints live on the public origin, where the gateway
     * serves them.
     */
    static Map<String, Object> openIdConfiguration(Issuers issuers, String userPoolId) {
        String issuer = issuers.of(userPoolId);
        String base = issuers.base();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("authorization_endpoint", base + "/oauth2/authorize");
        doc.put("end_session_endpoint", base + "/logout");
        doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
        doc.put("issuer", issuer);
        doc.put("jwks_uri", issuer + "/.well-known/jwks.json");
        doc.put("response_types_supported", List.of("code", "token"));
        doc.put("revocation_endpoint", base + "/oauth2/revoke");
        doc.put("scopes_supported", List.of("openid", "email", "phone", "profile"));
        doc.put("subject_types_supported", List.of("public"));
        doc.put("token_endpoint", base + "/oauth2/token");
        doc.put(
                "token_endpoint_auth_methods_supported",
                List.of("client_secret_basic", "client_secret_post"));
        doc.put("userinfo_endpoint", base + "/oauth2/userInfo");
        return doc;
    }

    /** Base64url of the big-endian magnitude, without the sign byte (RFC 7518 §6.3.1). */
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return B64URL.encodeToString(bytes);
    }
}
