package io.cognate.contracts.srp;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The protocol constants of Cognito's SRP-6a (reference §3.1) and the encodings both sides hash
 * with: the RFC 3526 3072-bit group, {@code g = 2}, {@code k = H(padHex(N) ‖ padHex(g))}, SHA-256
 * and amazon-cognito-identity-js's {@code padHex}. JDK only, so the bench and the e2e suite can use
 * it without contracts' own dependencies.
 */
public final class SrpGroup {

    // Declared first: K below is computed with it.
    private static final HexFormat HEX = HexFormat.of();

    /** The RFC 3526 3072-bit MODP prime, as AuthenticationHelper's {@code initN}. */
    public static final BigInteger N =
            new BigInteger(
                    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22"
                            + "514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245"
                            + "E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5"
                            + "AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A"
                            + "69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D"
                            + "670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E8603"
                            + "9B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE5"
                            + "15D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64"
                            + "ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D7"
                            + "1E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64"
                            + "521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB31"
                            + "43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
                    16);

    /** The generator. */
    public static final BigInteger G = BigInteger.TWO;

    /** The multiplier {@code k = H(padHex(N) ‖ padHex(g))}. */
    public static final BigInteger K = new BigInteger(hexHash(padHex(N) + padHex(G)), 16);

    private SrpGroup() {}

    /**
     * AuthenticationHelper's {@code padHex} for a non-negative number, i.e. the hex of Java's
     * {@code BigInteger.toByteArray()}: even length, and a leading {@code 00} when the first nibble
     * is 8–f.
     */
    public static String padHex(BigInteger n) {
        String hex = n.toString(16);
        if (hex.length() % 2 != 0) {
            hex = "0" + hex;
        } else if ("89abcdef".indexOf(hex.charAt(0)) >= 0) {
            hex = "00" + hex;
        }
        return hex;
    }

    /** SHA-256 over the bytes a hex string encodes, as lowercase hex. */
    public static String hexHash(String hex) {
        return HEX.formatHex(sha256(HEX.parseHex(hex)));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    static byte[] hmac(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
