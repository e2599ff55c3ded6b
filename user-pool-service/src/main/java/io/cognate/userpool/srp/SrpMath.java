package io.cognate.userpool.srp;

import io.cognate.contracts.crypto.Sha256;
import io.cognate.contracts.srp.SrpGroup;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cognito's SRP-6a, exactly as amazon-cognito-identity-js's {@code AuthenticationHelper} computes
 * it (reference §3.1–§3.4): the RFC 3526 3072-bit group, SHA-256, Java {@code toByteArray}-style
 * hex padding, the "Caldera Derived Key" HKDF and the password claim signature. Pure functions; the
 * modular exponentiations here are CPU-heavy, so callers run them on a worker pool.
 */
public final class SrpMath {

    private static final HexFormat HEX = HexFormat.of();

    // The group is the one the client side uses too (contracts' SrpGroup), so both agree by
    // construction; the server's own maths below stays independent of the test client.
    public static final BigInteger N = SrpGroup.N;

    public static final BigInteger G = SrpGroup.G;

    /** {@code k = H(padHex(N) ‖ padHex(g))}. */
    public static final BigInteger K = SrpGroup.K;

    /** The longest {@code SRP_A} accepted: {@code padHex(N)}, 770 digits (hardening, §3.3). */
    public static final int MAX_PUBLIC_VALUE_HEX = padHex(N).length();

    private static final byte[] INFO =
            "Caldera Derived Key\u0001".getBytes(StandardCharsets.US_ASCII);

    private SrpMath() {}

    /**
     * Hex as Java's {@code BigInteger.toByteArray()} would give it: even length, a leading {@code
     * 00} when the first nibble is 8–f, leading zero bytes dropped.
     */
    public static String padHex(BigInteger n) {
        String hex = n.abs().toString(16);
        if (hex.length() % 2 == 1) {
            hex = "0" + hex;
        }
        return "89abcdef".indexOf(hex.charAt(0)) >= 0 ? "00" + hex : hex;
    }

    /** SHA-256 over the bytes a hex string encodes, as lowercase hex. */
    public static String hexHash(String hex) {
        return HEX.formatHex(Sha256.digest(HEX.parseHex(hex)));
    }

    /** The pool name SRP mixes in: the part of the pool id after {@code _} (§3.1). */
    public static String poolName(String userPoolId) {
        return userPoolId.substring(userPoolId.indexOf('_') + 1);
    }

    /** {@code x = hexHash(padHex(salt) ‖ H_hex(poolName ‖ userId ‖ ":" ‖ password))} (§3.2). */
    public static BigInteger x(String poolName, String userIdForSrp, String password, String salt) {
        String identity =
                HEX.formatHex(
                        Sha256.digest(
                                (poolName + userIdForSrp + ":" + password)
                                        .getBytes(StandardCharsets.UTF_8)));
        return new BigInteger(hexHash(padHex(new BigInteger(salt, 16)) + identity), 16);
    }

    /** {@code v = g^x mod N}. */
    public static BigInteger verifier(BigInteger x) {
        return G.modPow(x, N);
    }

    /** {@code B = (k·v + g^b) mod N}; zero (never in practice) is the caller's to reject. */
    public static BigInteger serverPublic(BigInteger verifier, BigInteger b) {
        return K.multiply(verifier).add(G.modPow(b, N)).mod(N);
    }

    /** {@code u = H(padHex(A) ‖ padHex(B))}. */
    public static BigInteger u(BigInteger a, BigInteger b) {
        return new BigInteger(hexHash(padHex(a) + padHex(b)), 16);
    }

    /** The server's premaster secret {@code S = (A·v^u)^b mod N}. */
    public static BigInteger serverSecret(
            BigInteger clientPublic, BigInteger verifier, BigInteger u, BigInteger b) {
        return clientPublic.multiply(verifier.modPow(u, N)).mod(N).modPow(b, N);
    }

    /**
     * The 16-byte session key: HKDF-SHA256 with the padHex bytes of {@code S} as input key
     * material, those of {@code u} as salt, and "Caldera Derived Key" ‖ 0x01 (§3.4).
     */
    public static byte[] sessionKey(BigInteger s, BigInteger u) {
        byte[] prk = hmac(HEX.parseHex(padHex(u)), HEX.parseHex(padHex(s)));
        return Arrays.copyOf(hmac(prk, INFO), 16);
    }

    /** {@code HMAC-SHA256(K, poolName ‖ userId ‖ secretBlock ‖ timestamp)}, raw bytes. */
    public static byte[] passwordClaimSignature(
            byte[] key,
            String poolName,
            String userIdForSrp,
            byte[] secretBlock,
            String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(poolName.getBytes(StandardCharsets.UTF_8));
            mac.update(userIdForSrp.getBytes(StandardCharsets.UTF_8));
            mac.update(secretBlock);
            return mac.doFinal(timestamp.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /**
     * A client's {@code SRP_A}: plain hex, at most {@link #MAX_PUBLIC_VALUE_HEX} digits (so that a
     * huge value cannot cost seconds of CPU), and not 0 mod N. Null when unacceptable.
     */
    public static BigInteger parsePublicValue(String hex) {
        if (hex == null || hex.isEmpty() || hex.length() > MAX_PUBLIC_VALUE_HEX) {
            return null;
        }
        for (int i = 0; i < hex.length(); i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                return null;
            }
        }
        BigInteger value = new BigInteger(hex.toLowerCase(Locale.ROOT), 16);
        return value.mod(N).signum() == 0 ? null : value;
    }

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
