package io.cognate.userpool.platform;

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
 * AES-256-GCM under the key-encryption key ({@code cognate.kek}): {@code version(1) ‖ iv(12) ‖
 * ciphertext ‖ tag(16)}. The caller's context (e.g. pool and client id, pool and key id) is the
 * additional authenticated data, so an envelope copied to another row does not open. Seals client
 * secrets and token signing keys.
 */
public final class SecretEnvelope {

    public static final int KEY_BYTES = 32;
    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    /**
     * The envelope of {@code cognate.kek}: the base64 of exactly 32 bytes.
     *
     * @throws IllegalStateException when the value is not that
     */
    public static SecretEnvelope fromKek(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cognate.kek is not valid base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(
                    "cognate.kek must be the base64 of exactly 32 bytes, not " + key.length);
        }
        return new SecretEnvelope(key);
    }

    public SecretEnvelope(byte[] keyEncryptionKey) {
        if (keyEncryptionKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the key-encryption key must be 32 bytes");
        }
        this.key = new SecretKeySpec(keyEncryptionKey, "AES");
    }

    public byte[] seal(String plaintext, String context) {
        return seal(plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    public byte[] seal(byte[] plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, context);
            byte[] sealed = cipher.doFinal(plaintext);
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
    public String open(byte[] envelope, String context) throws GeneralSecurityException {
        return new String(openBytes(envelope, context), StandardCharsets.UTF_8);
    }

    /** As {@link #open(byte[], String)}, for binary plaintexts. */
    public byte[] openBytes(byte[] envelope, String context) throws GeneralSecurityException {
        if (envelope.length < 1 + IV_BYTES + TAG_BITS / 8 || envelope[0] != VERSION) {
            throw new GeneralSecurityException("not a version 1 secret envelope");
        }
        byte[] iv = Arrays.copyOfRange(envelope, 1, 1 + IV_BYTES);
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, context);
        return cipher.doFinal(envelope, 1 + IV_BYTES, envelope.length - 1 - IV_BYTES);
    }

    private Cipher cipher(int mode, byte[] iv, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
