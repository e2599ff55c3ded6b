package io.cognate.userpool.token.keys;

import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;

/**
 * One of a pool's RSA signing keys, opened.
 *
 * @param kid the JWS {@code kid}: standard base64 of the SHA-256 of the public key (44 characters)
 * @param publishUntil null for a current key; for a retired one, when it leaves the JWKS
 */
public record SigningKey(
        String kid,
        TokenUse use,
        RSAPublicKey publicKey,
        PrivateKey privateKey,
        Instant publishUntil) {

    public boolean current() {
        return publishUntil == null;
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + ", use=" + use + ", current=" + current() + "]";
    }
}
