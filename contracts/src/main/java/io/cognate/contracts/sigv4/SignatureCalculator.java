package io.cognate.contracts.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptographic half of SigV4: payload hash, string to sign and the HMAC-SHA256 key chain.
 * Shared by signer and verifier; nothing here ever leaves the process.
 */
final class SignatureCalculator {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private static final HexFormat HEX = HexFormat.of();

    private SignatureCalculator() {}

    /** Lower-case hex SHA-256, as used for the payload and the canonical request. */
    static String sha256Hex(byte[] data) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
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

    /** Lower-case hex signature of the string to sign with the key derived for the scope. */
    static String signature(String secretAccessKey, CredentialScope scope, String stringToSign) {
        byte[] key =
                hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), scope.date());
        key = hmac(key, scope.region());
        key = hmac(key, scope.service());
        key = hmac(key, CredentialScope.TERMINATOR);
        return HEX.formatHex(hmac(key, stringToSign));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", e);
        }
    }
}
