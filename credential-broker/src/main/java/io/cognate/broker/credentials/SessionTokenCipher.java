package io.cognate.broker.credentials;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals session-token payloads with AES-256-GCM: {@code base64url(version(1) ‖ iv(12) ‖ ciphertext
 * ‖ tag(16))}. The key is derived from the key-encryption key with HKDF-SHA256 (RFC 5869) under a
 * label of its own, so the KEK itself never encrypts two kinds of data. GCM's tag makes any change
 * to a token, or a token sealed under another key, fail to open.
 */
final class SessionTokenCipher {

    static final int KEY_BYTES = 32;

    /** Far above any token we mint; longer inputs are refused before any decoding work. */
    static final int MAX_TOKEN_CHARS = 8192;

    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] HKDF_INFO =
            "cognate/credential-broker/session-token/v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AAD =
            "cognate/credential-broker/session-token".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<Cipher> CIPHERS =
            ThreadLocal.withInitial(
                    () -> {
                        try {
                            return Cipher.getInstance("AES/GCM/NoPadding");
                        } catch (GeneralSecurityException e) {
                            throw new IllegalStateException("AES-GCM is unavailable", e);
                        }
                    });

    private final SecretKey key;

    SessionTokenCipher(byte[] keyEncryptionKey) {
        if (keyEncryptionKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the key-encryption key must be 32 bytes");
        }
        this.key = new SecretKeySpec(hkdfSha256(keyEncryptionKey, HKDF_INFO), "AES");
    }

    String seal(byte[] payload) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv).doFinal(payload);
            byte[] token =
                    ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                            .put(VERSION)
                            .put(iv)
                            .put(sealed)
                            .array();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /**
     * @throws GeneralSecurityException when the token is not one of ours: malformed, altered, or
     *     sealed under another key
     */
    byte[] open(String token) throws GeneralSecurityException {
        if (token.length() > MAX_TOKEN_CHARS) {
            throw new GeneralSecurityException("session token too long");
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("session token is not base64url");
        }
        if (raw.length < 1 + IV_BYTES + TAG_BITS / 8 || raw[0] != VERSION) {
            throw new GeneralSecurityException("not a version 1 session token");
        }
        byte[] iv = Arrays.copyOfRange(raw, 1, 1 + IV_BYTES);
        return cipher(Cipher.DECRYPT_MODE, iv)
                .doFinal(raw, 1 + IV_BYTES, raw.length - 1 - IV_BYTES);
    }

    /**
     * One Cipher per thread, initialised afresh (key, IV) for every token: the provider lookup of
     * {@code Cipher.getInstance} showed in every /internal/verify of the profile. A fresh random IV
     * per seal keeps GCM's rule that a key and IV never encrypt twice.
     */
    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = CIPHERS.get();
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(AAD);
        return cipher;
    }

    /** HKDF-SHA256 with an all-zero salt, one output block (32 bytes). */
    static byte[] hkdfSha256(byte[] inputKey, byte[] info) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            byte[] pseudoRandomKey = mac.doFinal(inputKey);
            mac.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
            mac.update(info);
            mac.update((byte) 1);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", e);
        }
    }
}
