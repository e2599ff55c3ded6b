package io.cognate.contracts.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 with one {@link MessageDigest} per thread: {@code getInstance} looks the provider up on
 * every call, which showed in every SigV4 verification of the profile; {@code digest} resets the
 * instance, so reusing it is safe.
 */
public final class Sha256 {

    private static final ThreadLocal<MessageDigest> DIGEST =
            ThreadLocal.withInitial(
                    () -> {
                        try {
                            return MessageDigest.getInstance("SHA-256");
                        } catch (NoSuchAlgorithmException e) {
                            throw new IllegalStateException(
                                    "every Java platform provides SHA-256", e);
                        }
                    });

    private Sha256() {}

    /** The 32-byte SHA-256 digest of {@code data}. */
    public static byte[] digest(byte[] data) {
        return DIGEST.get().digest(data);
    }
}
