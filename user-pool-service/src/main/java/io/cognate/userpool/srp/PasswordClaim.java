package io.cognate.userpool.srp;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.Base64;
import java.util.Map;

/**
 * A PASSWORD_VERIFIER answer's {@code ChallengeResponses}, with the SECRET_BLOCK and signature
 * decoded (empty arrays when they are not base64: such an answer is refused like a wrong one).
 */
record PasswordClaim(String username, byte[] secretBlock, byte[] signature, String timestamp) {

    static PasswordClaim of(Map<String, String> responses) {
        return new PasswordClaim(
                required(responses, "USERNAME"),
                base64(required(responses, "PASSWORD_CLAIM_SECRET_BLOCK")),
                base64(required(responses, "PASSWORD_CLAIM_SIGNATURE")),
                required(responses, "TIMESTAMP"));
    }

    private static String required(Map<String, String> responses, String name) {
        String value = responses == null ? null : responses.get(name);
        if (value == null || value.isEmpty()) {
            throw new InvalidParameterException("Missing required parameter " + name);
        }
        return value;
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /** Without the proof. */
    @Override
    public String toString() {
        return "PasswordClaim[username=" + username + ", timestamp=" + timestamp + "]";
    }
}
