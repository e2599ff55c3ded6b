package io.cognate.userpool.device;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.userpool.srp.SrpMath;
import io.cognate.userpool.srp.SrpVerifier;
import java.math.BigInteger;
import java.util.Base64;

/**
 * ConfirmDevice's {@code DeviceSecretVerifierConfig}: base64 of the salt bytes and of the padded
 * verifier bytes (amazon-cognito-identity-js {@code generateHashDevice}; reference §3.5).
 */
public record DeviceSecretVerifierConfigType(String passwordVerifier, String salt) {

    /** Salt at most this many bytes: clients send 16 (17 with a sign byte). */
    private static final int MAX_SALT_BYTES = 64;

    /**
     * The verifier as device SRP uses it (salt and {@code v} as hex), or InvalidParameterException
     * when either is missing, not base64, or {@code v} is not in {@code 1..N-1}.
     */
    SrpVerifier toSrp() {
        byte[] saltBytes = decode(salt);
        byte[] verifierBytes = decode(passwordVerifier);
        if (saltBytes.length == 0 || saltBytes.length > MAX_SALT_BYTES) {
            throw invalid();
        }
        if (verifierBytes.length == 0 || verifierBytes.length > SrpMath.MAX_PUBLIC_VALUE_HEX / 2) {
            throw invalid();
        }
        BigInteger v = new BigInteger(1, verifierBytes);
        if (v.signum() == 0 || v.compareTo(SrpMath.N) >= 0) {
            throw invalid();
        }
        // The client reads SALT back as a number and pads it again, so plain hex round-trips.
        return new SrpVerifier(new BigInteger(1, saltBytes).toString(16), v.toString(16));
    }

    private static byte[] decode(String base64) {
        if (base64 == null || base64.isEmpty()) {
            throw invalid();
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static InvalidParameterException invalid() {
        return new InvalidParameterException("Invalid device secret verifier config.");
    }
}
