package io.cognate.userpool.srp;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals {@link SecretBlock}s as {@code SECRET_BLOCK}: AES-256-GCM under a key derived from {@code
 * cognate.kek}, {@code version(1) ‖ iv(12) ‖ ciphertext ‖ tag(16)}. Any altered byte, or a block
 * sealed under another key, fails to open.
 */
@ApplicationScoped
class SecretBlocks {

    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_BLOCK_BYTES = 4096;

    /**
     * What a block answers: a user's password (PASSWORD_VERIFIER) or a device's secret
     * (DEVICE_PASSWORD_VERIFIER). Each seals under its own associated data, so a block issued for
     * one never opens as the other.
     */
    enum Purpose {
        USER("cognate/srp/secret-block/v1"),
        DEVICE("cognate/srp/device-secret-block/v1");

        private final byte[] aad;

        Purpose(String aad) {
            this.aad = aad.getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    SecretBlocks(SrpKeys keys) {
        this.key = new SecretKeySpec(keys.blockKey(), "AES");
    }

    byte[] seal(SecretBlock block) {
        return seal(block, Purpose.USER);
    }

    byte[] seal(SecretBlock block, Purpose purpose) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, purpose).doFinal(block.encode());
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                    .put(VERSION)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** The block, or empty when {@code sealed} was not sealed by this key or was altered. */
    Optional<SecretBlock> open(byte[] sealed) {
        return open(sealed, Purpose.USER);
    }

    /** As {@link #open(byte[])}, for a block sealed for {@code purpose}. */
    Optional<SecretBlock> open(byte[] sealed, Purpose purpose) {
        if (sealed.length < 1 + IV_BYTES + TAG_BITS / 8
                || sealed.length > MAX_BLOCK_BYTES
                || sealed[0] != VERSION) {
            return Optional.empty();
        }
        try {
            byte[] plain =
                    cipher(
                                    Cipher.DECRYPT_MODE,
                                    Arrays.copyOfRange(sealed, 1, 1 + IV_BYTES),
                                    purpose)
                            .doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
            return SecretBlock.decode(plain);
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] iv, Purpose purpose) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(purpose.aad);
        return cipher;
    }
}
