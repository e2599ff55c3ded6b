package io.cognate.userpool.srp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    // Declared first: the constants below are computed with it.
    private static final HexFormat HEX = HexFormat.of();

    public static final BigInteger N =
            new BigInteger(
                    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22"
                            + "514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B5"
                            + "76625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B"
                            + "1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83"
                            + "655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08"
                            + "CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52"
                            + "C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33"
                            + "170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6"
                            + "E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864"
                            + "D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24F"
                            + "A074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
                    16);

    public static final BigInteger G = BigInteger.TWO;

    /** {@code k = H(padHex(N) ‖ padHex(g))}. */
    public static final BigInteger K = new BigInteger(1, sha256(HEX.parseHex(padHex(N) + "02")));

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
        return HEX.formatHex(sha256(HEX.parseHex(hex)));
    }

    /** The pool name SRP mixes in: the part of the pool id after {@code _} (§3.1). */
    public static String poolName(String userPoolId) {
        return userPoolId.substring(userPoolId.indexOf('_') + 1);
    }

    /** {@code x = hexHash(padHex(salt) ‖ H_hex(poolName ‖ userId ‖ ":" ‖ password))} (§3.2). */
    public static BigInteger x(String poolName, String userIdForSrp, String password, String salt) {
        String identity =
                HEX.formatHex(
                        sha256(
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

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
