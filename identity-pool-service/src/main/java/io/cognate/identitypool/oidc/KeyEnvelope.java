package io.cognate.identitypool.oidc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under the key-encryption key: {@code version(1) ‖ iv(12) ‖ ciphertext ‖ tag(16)}. The
 * key id is the additional authenticated data, so an envelope copied to another key's row does not
 * open.
 */
final class KeyEnvelope {

    static final int KEY_BYTES = 32;
    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private KeyEnvelope(byte[] keyEncryptionKey) {
        this.key = new SecretKeySpec(keyEncryptionKey, "AES");
    }

    /** The envelope of a base64 KEK; a malformed KEK is a configuration error. */
    static KeyEnvelope fromBase64(String base64) {
        byte[] kek;
        try {
            kek = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cognate.kek is not valid base64");
        }
        if (kek.length != KEY_BYTES) {
            throw new IllegalStateException(
                    "cognate.kek must be the base64 of exactly 32 bytes, not " + kek.length);
        }
        return new KeyEnvelope(kek);
    }

    byte[] seal(byte[] plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, context).doFinal(plaintext);
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                    .put(VERSION)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /**
     * @throws GeneralSecurityException when the envelope was altered, sealed under another key or
     *     for another context, or is not an envelope
     */
    byte[] open(byte[] envelope, String context) throws GeneralSecurityException {
        if (envelope.length < 1 + IV_BYTES + TAG_BITS / 8 || envelope[0] != VERSION) {
            throw new GeneralSecurityException("not a version 1 key envelope");
        }
        byte[] iv = Arrays.copyOfRange(envelope, 1, 1 + IV_BYTES);
        return cipher(Cipher.DECRYPT_MODE, iv, context)
                .doFinal(envelope, 1 + IV_BYTES, envelope.length - 1 - IV_BYTES);
    }

    private Cipher cipher(int mode, byte[] iv, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
