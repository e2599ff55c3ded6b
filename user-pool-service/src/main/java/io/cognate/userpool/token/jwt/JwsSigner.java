package io.cognate.userpool.token.jwt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.userpool.token.keys.RsaEngine;
import io.cognate.userpool.token.keys.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;

/**
 * Compact JWS with RS256, as Cognito writes them: header exactly {@code {"kid":…,"alg":"RS256"}}
 * (no {@code typ}), claims in the given order. Call on the signing workers.
 */
@ApplicationScoped
public class JwsSigner {

    static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    static final ObjectMapper JSON = new ObjectMapper();

    private final RsaEngine rsa;

    JwsSigner(RsaEngine rsa) {
        this.rsa = rsa;
    }

    public String sign(SigningKey key, Map<String, Object> claims) throws GeneralSecurityException {
        String header = "{\"kid\":" + quote(key.kid()) + ",\"alg\":\"RS256\"}";
        String input = encode(header.getBytes(StandardCharsets.UTF_8)) + "." + encode(json(claims));
        byte[] signature = rsa.sign(key.privateKey(), input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + encode(signature);
    }

    private static String encode(byte[] bytes) {
        return B64URL.encodeToString(bytes);
    }

    private static byte[] json(Map<String, Object> claims) {
        try {
            return JSON.writeValueAsBytes(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claims not serializable", e);
        }
    }

    private static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
