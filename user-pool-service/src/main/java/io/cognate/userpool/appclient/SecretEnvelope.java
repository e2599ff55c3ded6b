package io.cognate.userpool.appclient;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under the key-encryption key: {@code version(1) ‖ iv(12) ‖ ciphertext ‖ tag(16)}. The
 * caller's context (pool and client id) is the additional authenticated data, so an envelope copied
 * to another client's row does not open.
 */
final class SecretEnvelope {

    static final int KEY_BYTES = 32;
    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretEnvelope(byte[] keyEncryptionKey) {
        if (keyEncryptionKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the key-encryption key must be 32 bytes");
        }
        this.key = new SecretKeySpec(keyEncryptionKey, "AES");
    }

    byte[] seal(String plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, context);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
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
     *     for another context ({@link javax.crypto.AEADBadTagException}), or is not an envelope
     */
    String open(byte[] envelope, String context) throws GeneralSecurityException {
        if (envelope.length < 1 + IV_BYTES + TAG_BITS / 8 || envelope[0] != VERSION) {
            throw new GeneralSecurityException("not a version 1 secret envelope");
        }
        byte[] iv = Arrays.copyOfRange(envelope, 1, 1 + IV_BYTES);
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, context);
        byte[] plain = cipher.doFinal(envelope, 1 + IV_BYTES, envelope.length - 1 - IV_BYTES);
        return new String(plain, StandardCharsets.UTF_8);
    }

    private Cipher cipher(int mode, byte[] iv, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
