package io.cognate.contracts.srp;

import static io.cognate.contracts.srp.SrpGroup.G;
import static io.cognate.contracts.srp.SrpGroup.K;
import static io.cognate.contracts.srp.SrpGroup.N;
import static io.cognate.contracts.srp.SrpGroup.hexHash;
import static io.cognate.contracts.srp.SrpGroup.padHex;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The client half of Cognito's SRP as amazon-cognito-identity-js computes it (reference §3.4,
 * §3.5): {@code SRP_A}, and the {@code PASSWORD_CLAIM_SIGNATURE} of a PASSWORD_VERIFIER (user SRP)
 * or DEVICE_PASSWORD_VERIFIER (device SRP) challenge. One instance is one sign-in attempt: it holds
 * the private {@code a}. Written from the reference independently of user-pool-service's server
 * maths, so that tests check the server against a second implementation rather than itself.
 */
public final class SrpClient {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] INFO =
            "Caldera Derived Key\u0001".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US)
                    .withZone(ZoneOffset.UTC);

    private final BigInteger a;
    private final BigInteger publicA;

    private SrpClient(BigInteger a) {
        this.a = a;
        this.publicA = G.modPow(a, N);
    }

    /** As amazon-cognito-identity-js: {@code a} from 128 random bytes. */
    public static SrpClient random() {
        byte[] bytes = new byte[128];
        RANDOM.nextBytes(bytes);
        return new SrpClient(new BigInteger(1, bytes));
    }

    /**
     * {@code a} of exactly {@code bits} random bits. A load generator uses 256 so it does not
     * starve the server of CPU: the server cannot tell, and its own work is unchanged.
     */
    public static SrpClient random(int bits) {
        return new SrpClient(new BigInteger(bits, RANDOM).setBit(bits - 1));
    }

    /** A caller-chosen {@code a}: for test vectors only. */
    public static SrpClient withSecret(BigInteger a) {
        return new SrpClient(a);
    }

    /** The pool name SRP mixes in: the part of the pool id after {@code _} (§3.1). */
    public static String poolName(String userPoolId) {
        return userPoolId.substring(userPoolId.indexOf('_') + 1);
    }

    /** The {@code TIMESTAMP} a claim signs, now, in the JS library's format. */
    public static String timestamp() {
        return timestamp(Instant.now());
    }

    /** The {@code TIMESTAMP} for {@code at}, e.g. {@code "Thu Nov 5 01:02:03 UTC 2026"}. */
    public static String timestamp(Instant at) {
        return TIMESTAMP.format(at);
    }

    /** {@code g^a mod N}. */
    public BigInteger publicA() {
        return publicA;
    }

    /** {@code SRP_A} as the JS library sends it: plain lowercase hex. */
    public String srpA() {
        return publicA.toString(16);
    }

    /** {@code PASSWORD_CLAIM_SIGNATURE} for a PASSWORD_VERIFIER challenge. */
    public String userSignature(
            String userPoolId,
            String userId,
            String password,
            String salt,
            String srpB,
            String secretBlock,
            String timestamp) {
        String poolName = poolName(userPoolId);
        PasswordKey key = PasswordKey.of(poolName, userId, password, salt);
        return signature(poolName, userId, key, srpB, secretBlock, timestamp);
    }

    /**
     * The {@code ChallengeResponses} amazon-cognito-identity-js sends for a PASSWORD_VERIFIER
     * challenge with these {@code ChallengeParameters}: {@code USERNAME} (the {@code
     * USER_ID_FOR_SRP}), {@code PASSWORD_CLAIM_SECRET_BLOCK}, {@code TIMESTAMP} and {@code
     * PASSWORD_CLAIM_SIGNATURE}. Mutable, so callers may add e.g. {@code DEVICE_KEY}.
     */
    public Map<String, String> passwordVerifierResponses(
            String userPoolId, Map<String, String> challenge, String password, String timestamp) {
        String userId = challenge.get("USER_ID_FOR_SRP");
        String secretBlock = challenge.get("SECRET_BLOCK");
        Map<String, String> responses = new LinkedHashMap<>();
        responses.put("USERNAME", userId);
        responses.put("PASSWORD_CLAIM_SECRET_BLOCK", secretBlock);
        responses.put("TIMESTAMP", timestamp);
        responses.put(
                "PASSWORD_CLAIM_SIGNATURE",
                userSignature(
                        userPoolId,
                        userId,
                        password,
                        challenge.get("SALT"),
                        challenge.get("SRP_B"),
                        secretBlock,
                        timestamp));
        return responses;
    }

    /**
     * The {@code ChallengeResponses} the JS library sends for a DEVICE_PASSWORD_VERIFIER challenge
     * (§3.5): {@code USERNAME}, {@code DEVICE_KEY}, the secret block, the timestamp and the
     * signature by the device's password.
     */
    public Map<String, String> devicePasswordVerifierResponses(
            String username,
            String deviceGroupKey,
            String deviceKey,
            String devicePassword,
            Map<String, String> challenge,
            String timestamp) {
        String secretBlock = challenge.get("SECRET_BLOCK");
        Map<String, String> responses = new LinkedHashMap<>();
        responses.put("USERNAME", username);
        responses.put("DEVICE_KEY", deviceKey);
        responses.put("PASSWORD_CLAIM_SECRET_BLOCK", secretBlock);
        responses.put("TIMESTAMP", timestamp);
        responses.put(
                "PASSWORD_CLAIM_SIGNATURE",
                deviceSignature(
                        deviceGroupKey,
                        deviceKey,
                        devicePassword,
                        challenge.get("SALT"),
                        challenge.get("SRP_B"),
                        secretBlock,
                        timestamp));
        return responses;
    }

    /**
     * {@code PASSWORD_CLAIM_SIGNATURE} for a DEVICE_PASSWORD_VERIFIER challenge (§3.5): the device
     * group key in place of the pool name, the device key in place of the user.
     */
    public String deviceSignature(
            String deviceGroupKey,
            String deviceKey,
            String devicePassword,
            String salt,
            String srpB,
            String secretBlock,
            String timestamp) {
        PasswordKey key = PasswordKey.of(deviceGroupKey, deviceKey, devicePassword, salt);
        return signature(deviceGroupKey, deviceKey, key, srpB, secretBlock, timestamp);
    }

    /**
     * {@code HMAC-SHA256(K, poolName ‖ userId ‖ secretBlock ‖ timestamp)} in base64, with a {@link
     * PasswordKey} the caller may have cached.
     */
    public String signature(
            String poolName,
            String userId,
            PasswordKey key,
            String srpB,
            String secretBlock,
            String timestamp) {
        byte[] sessionKey = sessionKey(key, new BigInteger(srpB, 16));
        byte[] mac =
                SrpGroup.hmac(
                        sessionKey,
                        poolName.getBytes(StandardCharsets.UTF_8),
                        userId.getBytes(StandardCharsets.UTF_8),
                        Base64.getDecoder().decode(secretBlock),
                        timestamp.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac);
    }

    /**
     * The 16-byte session key: {@code u = H(padHex(A) ‖ padHex(B))}, {@code S = (B - k·g^x)^(a +
     * u·x) mod N}, then HKDF-SHA256 with the padHex bytes of S as input key material, those of u as
     * salt and "Caldera Derived Key" ‖ 0x01 as info.
     */
    public byte[] sessionKey(PasswordKey key, BigInteger publicB) {
        BigInteger u = new BigInteger(hexHash(padHex(publicA) + padHex(publicB)), 16);
        BigInteger base = publicB.subtract(K.multiply(key.gx())).mod(N);
        BigInteger s = base.modPow(a.add(u.multiply(key.x())), N);
        HexFormat hex = HexFormat.of();
        byte[] prk = SrpGroup.hmac(hex.parseHex(padHex(u)), hex.parseHex(padHex(s)));
        return Arrays.copyOf(SrpGroup.hmac(prk, INFO), 16);
    }
}
