package io.cognate.userpool.token.refresh;

import io.cognate.contracts.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Refresh tokens shaped like Cognito's (a JWE compact serialization: five base64url parts behind
 * the header {@code {"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}}), but every part after the
 * header is random: the token carries no data, it names a row. Only its SHA-256 is stored; 256 bits
 * of randomness make an unsalted hash as good as any.
 */
final class OpaqueRefreshToken {

    static final String HEADER = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private OpaqueRefreshToken() {}

    /** A new token: header, 256-byte "encrypted key", 12-byte "IV", body and 16-byte "tag". */
    static String generate() {
        return HEADER + "." + random(256) + "." + random(12) + "." + random(384) + "." + random(16);
    }

    /** Whether a presented token has the five-part shape ours have (cheap check before hashing). */
    static boolean looksLikeOne(String token) {
        return token != null && token.length() <= 4096 && token.split("\\.", -1).length == 5;
    }

    static String hash(String token) {
        return B64URL.encodeToString(Sha256.digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return B64URL.encodeToString(value);
    }
}
