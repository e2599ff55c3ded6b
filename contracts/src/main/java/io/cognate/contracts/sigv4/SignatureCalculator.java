package io.cognate.contracts.sigv4;

import io.cognate.contracts.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * The cryptographic half of SigV4: payload hash, string to sign and the HMAC-SHA256 key chain.
 * Shared by signer and verifier; nothing here ever leaves the process.
 */
final class SignatureCalculator {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private static final HexFormat HEX = HexFormat.of();

    private static final ThreadLocal<Mac> HMAC_SHA256 =
            ThreadLocal.withInitial(
                    () -> {
                        try {
                            return Mac.getInstance("HmacSHA256");
                        } catch (NoSuchAlgorithmException e) {
                            throw new IllegalStateException(
                                    "every Java platform provides HmacSHA256", e);
                        }
                    });

    private SignatureCalculator() {}

    /** Lower-case hex SHA-256, as used for the payload and the canonical request. */
    static String sha256Hex(byte[] data) {
        return HEX.formatHex(sha256(data));
    }

    static byte[] sha256(byte[] data) {
        return Sha256.digest(data);
    }

    /** This thread's HmacSHA256 instance: initialise it before each use. */
    static Mac mac() {
        return HMAC_SHA256.get();
    }

    static String stringToSign(String amzDate, CredentialScope scope, String canonicalRequest) {
        return ALGORITHM
                + '\n'
                + amzDate
                + '\n'
                + scope.value()
                + '\n'
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Lower-case hex signature of the string to sign with the key derived for the scope ({@link
     * SigningKeys}).
     */
    static String signature(String secretAccessKey, CredentialScope scope, String stringToSign) {
        try {
            Mac mac = mac();
            mac.init(SigningKeys.of(secretAccessKey, scope));
            return HEX.formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", e);
        }
    }
}
