package io.cognate.contracts.srp;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What amazon-cognito-identity-js's {@code generateHashDevice} sends to ConfirmDevice as {@code
 * DeviceSecretVerifierConfig} (reference §3.5): {@code Salt} and {@code PasswordVerifier}, both
 * base64 of padHex bytes, for the verifier {@code g^x} of the device password.
 */
public record DeviceVerifier(String salt, String passwordVerifier) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The verifier of {@code devicePassword} under a hex {@code salt}. */
    public static DeviceVerifier of(
            String deviceGroupKey, String deviceKey, String devicePassword, String salt) {
        PasswordKey key = PasswordKey.of(deviceGroupKey, deviceKey, devicePassword, salt);
        return new DeviceVerifier(
                base64OfPadHex(new BigInteger(salt, 16)), base64OfPadHex(key.gx()));
    }

    /**
     * As {@code generateHashDevice}: a random device password (40 bytes, base64) and a random
     * 16-byte salt; the client keeps the password, the server gets the verifier.
     */
    public static DeviceSecret generate(String deviceGroupKey, String deviceKey) {
        byte[] secret = new byte[40];
        RANDOM.nextBytes(secret);
        String password = Base64.getEncoder().encodeToString(secret);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new DeviceSecret(
                password, of(deviceGroupKey, deviceKey, password, HexFormat.of().formatHex(salt)));
    }

    private static String base64OfPadHex(BigInteger n) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(SrpGroup.padHex(n)));
    }

    /** A device password and its verifier; the password never appears in {@code toString}. */
    public record DeviceSecret(String password, DeviceVerifier verifier) {
        @Override
        public String toString() {
            return "DeviceSecret[password redacted, " + verifier + "]";
        }
    }
}
