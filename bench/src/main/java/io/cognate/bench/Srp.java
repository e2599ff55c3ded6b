package io.cognate.bench;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client half of Cognito's SRP (as amazon-cognito-identity-js computes it), trimmed for load
 * generation so the generator does not starve the server of CPU on a shared 2-core machine: the
 * private {@code a} is 256 random bits instead of 1024 (the server cannot tell and its work is
 * unchanged), and {@code g^x} is cached per user (it only depends on salt and password). What is
 * left per sign-in is {@code g^a} and {@code (B - k·g^x)^(a + u·x)}.
 */
final class Srp {

    static final BigInteger N =
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
    static final BigInteger G = BigInteger.TWO;
    static final BigInteger K = new BigInteger(hashHex(padHex(N) + padHex(G)), 16);
    private static final SecureRandom RANDOM = new SecureRandom();

    final BigInteger a;
    final BigInteger publicA;

    private Srp(BigInteger a) {
        this.a = a;
        this.publicA = G.modPow(a, N);
    }

    static Srp fresh() {
        return new Srp(new BigInteger(256, RANDOM).setBit(255));
    }

    String srpA() {
        return publicA.toString(16);
    }

    /** x and g^x for one user; the caller caches it. */
    record UserKey(String salt, BigInteger x, BigInteger gx) {
        static UserKey of(String poolName, String userId, String password, String salt) {
            String inner =
                    sha256Hex((poolName + userId + ":" + password).getBytes(StandardCharsets.UTF_8));
            BigInteger x = new BigInteger(hashHex(padHex(new BigInteger(salt, 16)) + inner), 16);
            return new UserKey(salt, x, G.modPow(x, N));
        }
    }

    /** PASSWORD_CLAIM_SIGNATURE for the PASSWORD_VERIFIER challenge. */
    String signature(
            String poolName,
            String userId,
            UserKey user,
            String srpB,
            String secretBlock,
            String timestamp) {
        BigInteger publicB = new BigInteger(srpB, 16);
        BigInteger u = new BigInteger(hashHex(padHex(publicA) + padHex(publicB)), 16);
        BigInteger base = publicB.subtract(K.multiply(user.gx())).mod(N);
        BigInteger s = base.modPow(a.add(u.multiply(user.x())), N);
        byte[] prk = hmac(HexFormat.of().parseHex(padHex(u)), HexFormat.of().parseHex(padHex(s)));
        byte[] key =
                Arrays.copyOf(
                        hmac(prk, "Caldera Derived Key\u0001".getBytes(StandardCharsets.UTF_8)),
                        16);
        byte[] message =
                concat(
                        poolName.getBytes(StandardCharsets.UTF_8),
                        userId.getBytes(StandardCharsets.UTF_8),
                        Base64.getDecoder().decode(secretBlock),
                        timestamp.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(hmac(key, message));
    }

    static String padHex(BigInteger n) {
        String hex = n.toString(16);
        if (hex.length() % 2 != 0) {
            hex = "0" + hex;
        } else if ("89abcdef".indexOf(hex.charAt(0)) >= 0) {
            hex = "00" + hex;
        }
        return hex;
    }

    static String hashHex(String hex) {
        return sha256Hex(HexFormat.of().parseHex(hex));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
