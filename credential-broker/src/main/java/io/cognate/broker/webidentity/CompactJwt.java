package io.cognate.broker.webidentity;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * A JWS in compact form, taken apart but not yet trusted. Header and payload must be JSON objects
 * without repeated members (two readers must never see two different tokens in one).
 *
 * @param header the protected header
 * @param payload the claims
 * @param signingInput the ASCII bytes the signature covers
 * @param signature the signature bytes
 */
record CompactJwt(JsonNode header, JsonNode payload, byte[] signingInput, byte[] signature) {

    static final String NOT_A_JWT =
            "The ID Token provided is not a valid JWT. (You may see this error if you sent an"
                    + " Access Token)";

    /** RSA PKCS#1 v1.5 only: never {@code none}, never a MAC keyed with a public key. */
    static final Set<String> ALGORITHMS = Set.of("RS256", "RS384", "RS512");

    /**
     * Header parameters that would make a verifier fetch keys a token names, embed its own key, or
     * demand extensions: refused outright (RFC 8725 §3.10, SECURITY-CASES 5 and 7).
     */
    private static final Set<String> REFUSED_HEADERS = Set.of("jku", "x5u", "jwk", "x5c", "crit");

    private static final ObjectMapper STRICT =
            JsonMapper.builder()
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    static CompactJwt parse(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw new InvalidIdentityTokenException(NOT_A_JWT);
        }
        try {
            Base64.Decoder decoder = Base64.getUrlDecoder();
            JsonNode header = STRICT.readTree(decoder.decode(parts[0]));
            JsonNode payload = STRICT.readTree(decoder.decode(parts[1]));
            byte[] signature = decoder.decode(parts[2]);
            if (header == null || !header.isObject() || payload == null || !payload.isObject()) {
                throw new InvalidIdentityTokenException(NOT_A_JWT);
            }
            return new CompactJwt(
                    header,
                    payload,
                    (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
                    signature);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidIdentityTokenException(NOT_A_JWT);
        }
    }

    /** The signature algorithm, once the header is one this broker accepts. */
    String algorithm() {
        for (String refused : REFUSED_HEADERS) {
            if (header.has(refused)) {
                throw new InvalidIdentityTokenException(
                        "The web identity token's header parameter "
                                + refused
                                + " is not accepted.");
            }
        }
        String alg = header.path("alg").asText("");
        if (!header.path("alg").isTextual() || !ALGORITHMS.contains(alg)) {
            throw new InvalidIdentityTokenException(
                    "The web identity token must be signed with RS256, RS384 or RS512.");
        }
        return alg;
    }

    /** The key id; tokens must name the key that signed them. */
    String keyId() {
        JsonNode kid = header.get("kid");
        if (kid == null || !kid.isTextual() || kid.asText().isEmpty()) {
            throw new InvalidIdentityTokenException(JwksCache.UNKNOWN_KEY);
        }
        return kid.asText();
    }

    /** The unverified {@code iss}, only to pick which configured keys may verify the token. */
    String issuer() {
        JsonNode iss = payload.get("iss");
        if (iss == null || !iss.isTextual()) {
            throw new InvalidIdentityTokenException(NOT_A_JWT);
        }
        return iss.asText();
    }

    @Override
    public String toString() {
        return "CompactJwt[header=" + header + "]";
    }
}
