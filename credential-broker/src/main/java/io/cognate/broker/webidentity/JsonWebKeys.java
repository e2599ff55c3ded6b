package io.cognate.broker.webidentity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an issuer's JWKS: the RSA signing keys (2048 bits or more) by {@code kid}. Keys of other
 * types, for encryption, or without a key id are skipped: a token is only ever verified with a key
 * its issuer published for signing and that it names exactly.
 */
final class JsonWebKeys {

    static final int MIN_RSA_BITS = 2048;
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonWebKeys() {}

    /**
     * @throws IOException when the document is not a JWKS at all
     */
    static Map<String, RSAPublicKey> parse(byte[] document) throws IOException {
        JsonNode keys = JSON.readTree(document).path("keys");
        if (!keys.isArray()) {
            throw new IOException("not a JWKS: no keys array");
        }
        Map<String, RSAPublicKey> byKid = new HashMap<>();
        for (JsonNode key : keys) {
            if (!"RSA".equals(key.path("kty").asText())
                    || !key.path("kid").isTextual()
                    || (key.has("use") && !"sig".equals(key.path("use").asText()))) {
                continue;
            }
            RSAPublicKey rsa = rsa(key.path("n").asText(), key.path("e").asText());
            if (rsa != null && rsa.getModulus().bitLength() >= MIN_RSA_BITS) {
                byKid.put(key.path("kid").asText(), rsa);
            }
        }
        return byKid;
    }

    private static RSAPublicKey rsa(String modulus, String exponent) {
        try {
            Base64.Decoder decoder = Base64.getUrlDecoder();
            return (RSAPublicKey)
                    KeyFactory.getInstance("RSA")
                            .generatePublic(
                                    new RSAPublicKeySpec(
                                            new BigInteger(1, decoder.decode(modulus)),
                                            new BigInteger(1, decoder.decode(exponent))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
