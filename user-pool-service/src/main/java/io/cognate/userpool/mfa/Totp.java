package io.cognate.userpool.mfa;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as Cognito's authenticators use them: HMAC-SHA-1, six
 * digits, 30-second steps, one step of clock drift either way. The secret is what {@code
 * AssociateSoftwareToken} hands out as base32 ({@code SecretCode}).
 */
public final class Totp {

    static final int SECRET_BYTES = 32;
    static final long STEP_SECONDS = 30;
    static final int DRIFT_STEPS = 1;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** A new random secret, as base32 without padding (52 characters). */
    static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The six-digit code of {@code step} (RFC 4226 dynamic truncation). */
    public static String code(String base32Secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(Base32.decode(base32Secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is unavailable", e);
        }
    }

    /** The code of the step {@code at} falls in. */
    public static String code(String base32Secret, Instant at) {
        return code(base32Secret, step(at));
    }

    /**
     * The step whose code {@code code} is, within the drift window around {@code now}, or empty.
     * Every candidate is compared in constant time.
     */
    static OptionalLong match(String base32Secret, String code, Instant now) {
        if (code == null || !code.matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong matched = OptionalLong.empty();
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            byte[] expected =
                    code(base32Secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] given = code.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given) && matched.isEmpty()) {
                matched = OptionalLong.of(step);
            }
        }
        return matched;
    }
}
