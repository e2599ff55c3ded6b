package io.cognate.userpool.self;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.userpool.token.jwt.JwsSigner;
import io.cognate.userpool.token.keys.SigningKey;
import io.cognate.userpool.token.keys.SigningKeys;
import io.cognate.userpool.token.keys.TokenUse;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Access tokens the service must refuse, made from a real one: re-signed by the pool's own access
 * key with changed claims (expired, without the user-admin scope), signed by a stranger's key under
 * the pool's kid, or with a payload altered after signing.
 */
final class AccessTokenForgery {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Decoder B64URL = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    private final SigningKeys keys;
    private final JwsSigner signer;

    AccessTokenForgery(SigningKeys keys, JwsSigner signer) {
        this.keys = keys;
        this.signer = signer;
    }

    static Map<String, Object> claims(String token) {
        try {
            byte[] payload = B64URL.decode(token.split("\\.")[1]);
            return JSON.readValue(payload, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token's claims changed by {@code edit}, signed by the pool's current access key. */
    String resigned(String poolId, String token, Consumer<Map<String, Object>> edit) {
        Map<String, Object> claims = claims(token);
        edit.accept(claims);
        SigningKey key =
                keys.current(poolId)
                        .await()
                        .atMost(Duration.ofSeconds(30))
                        .current(TokenUse.ACCESS)
                        .orElseThrow();
        try {
            return signer.sign(key, claims);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims and kid, signed with a freshly generated RSA key that is not the pool's. */
    String signedByStranger(String poolId, String token) {
        SigningKey real =
                keys.current(poolId)
                        .await()
                        .atMost(Duration.ofSeconds(30))
                        .current(TokenUse.ACCESS)
                        .orElseThrow();
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var stranger = generator.generateKeyPair();
            var impostor =
                    new SigningKey(
                            real.kid(),
                            TokenUse.ACCESS,
                            (RSAPublicKey) stranger.getPublic(),
                            stranger.getPrivate(),
                            null);
            return signer.sign(impostor, claims(token));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload made to name another user, the original signature kept. */
    static String tampered(String token, String otherSub, String otherUsername) {
        String[] parts = token.split("\\.");
        Map<String, Object> claims = claims(token);
        claims.put("sub", otherSub);
        claims.put("username", otherUsername);
        try {
            String payload = ENCODE.encodeToString(JSON.writeValueAsBytes(claims));
            return parts[0] + "." + payload + "." + parts[2];
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
