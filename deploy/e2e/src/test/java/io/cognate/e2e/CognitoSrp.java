package io.cognate.e2e;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client half of Cognito's SRP as amazon-cognito-identity-js computes it (reference §3.4,
 * §3.5): user SRP (PASSWORD_VERIFIER), device SRP (DEVICE_PASSWORD_VERIFIER) and the device
 * verifier sent to ConfirmDevice. A copy of user-pool-service's test {@code srp/SrpClient}: that
 * module publishes no test jar, and this module runs the launched suite, not the service's tests.
 */
final class CognitoSrp {

    private static final BigInteger N =
            new BigInteger(
                    ("FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22"
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
                            + "43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF"),
                    16);
    private static final BigInteger G = BigInteger.valueOf(2);
    private static final BigInteger K = new BigInteger(hashHex(padHex(N) + padHex(G)), 16);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US);

    private final BigInteger a;
    private final BigInteger publicA;

    private CognitoSrp(BigInteger a) {
        this.a = a;
        this.publicA = G.modPow(a, N);
    }

    /** As amazon-cognito-identity-js: {@code a} from 128 random bytes. */
    static CognitoSrp random() {
        byte[] bytes = new byte[128];
        RANDOM.nextBytes(bytes);
        return new CognitoSrp(new BigInteger(1, bytes));
    }

    /** The {@code TIMESTAMP} the claims sign, in the JS library's format. */
    static String timestamp() {
        return TIMESTAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
    }

    String srpA() {
        return publicA.toString(16);
    }

    /** {@code PASSWORD_CLAIM_SIGNATURE} of a PASSWORD_VERIFIER challenge. */
    String userSignature(
            String userPoolId,
            String userId,
            String password,
            String salt,
            String srpB,
            String secretBlock,
            String timestamp) {
        return claim(
                userPoolId.split("_", 2)[1], userId, password, salt, srpB, secretBlock, timestamp);
    }

    /**
     * {@code PASSWORD_CLAIM_SIGNATURE} of a DEVICE_PASSWORD_VERIFIER challenge: the device group
     * key in place of the pool name, the device key in place of the user.
     */
    String deviceSignature(
            String deviceGroupKey,
            String deviceKey,
            String devicePassword,
            String salt,
            String srpB,
            String secretBlock,
            String timestamp) {
        return claim(deviceGroupKey, deviceKey, devicePassword, salt, srpB, secretBlock, timestamp);
    }

    /**
     * What the JS library's {@code generateHashDevice} sends to ConfirmDevice for a device password
     * and a hex salt: {@code [Salt, PasswordVerifier]}, base64 of the padded hex bytes.
     */
    static String[] deviceVerifierConfig(
            String deviceGroupKey, String deviceKey, String devicePassword, String saltHex) {
        String salt = padHex(new BigInteger(saltHex, 16));
        BigInteger verifier = G.modPow(x(deviceGroupKey, deviceKey, devicePassword, saltHex), N);
        return new String[] {
            Base64.getEncoder().encodeToString(HexFormat.of().parseHex(salt)),
            Base64.getEncoder().encodeToString(HexFormat.of().parseHex(padHex(verifier)))
        };
    }

    private static BigInteger x(String poolName, String userId, String password, String salt) {
        String inner =
                sha256Hex((poolName + userId + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new BigInteger(hashHex(padHex(new BigInteger(salt, 16)) + inner), 16);
    }

    /** HKDF: ikm = padHex(S), salt = padHex(u), info "Caldera Derived Key"‖1, 16 bytes. */
    private byte[] key(
            String poolName, String userId, String password, String salt, BigInteger publicB) {
        BigInteger u = new BigInteger(hashHex(padHex(publicA) + padHex(publicB)), 16);
        BigInteger x = x(poolName, userId, password, salt);
        BigInteger base = publicB.subtract(K.multiply(G.modPow(x, N))).mod(N);
        BigInteger s = base.modPow(a.add(u.multiply(x)), N);
        byte[] prk = hmac(HexFormat.of().parseHex(padHex(u)), HexFormat.of().parseHex(padHex(s)));
        byte[] info = "Caldera Derived Key\u0001".getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(hmac(prk, info), 16);
    }

    private String claim(
            String poolName,
            String userId,
            String password,
            String salt,
            String srpB,
            String secretBlock,
            String timestamp) {
        byte[] key = key(poolName, userId, password, salt, new BigInteger(srpB, 16));
        byte[] message =
                concat(
                        poolName.getBytes(StandardCharsets.UTF_8),
                        userId.getBytes(StandardCharsets.UTF_8),
                        Base64.getDecoder().decode(secretBlock),
                        timestamp.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(hmac(key, message));
    }

    private static byte[] concat(byte[]... parts) {
        byte[] out = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /** AuthenticationHelper.padHex, for positive numbers. */
    private static String padHex(BigInteger n) {
        String hex = n.toString(16);
        if (hex.length() % 2 != 0) {
            hex = "0" + hex;
        } else if ("89abcdef".indexOf(hex.charAt(0)) >= 0) {
            hex = "00" + hex;
        }
        return hex;
    }

    private static String hashHex(String hex) {
        return sha256Hex(HexFormat.of().parseHex(hex));
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
