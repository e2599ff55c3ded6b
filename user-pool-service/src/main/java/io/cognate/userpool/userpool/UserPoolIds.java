package io.cognate.userpool.userpool;

import java.security.SecureRandom;

/** Pool ids shaped like Cognito's: {@code <region>_<9 alphanumerics>}. */
final class UserPoolIds {

    private static final String ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private UserPoolIds() {}

    static String next(String region) {
        StringBuilder id = new StringBuilder(region).append('_');
        for (int i = 0; i < 9; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** The pool id at the end of a user pool ARN, or null when the ARN names no user pool. */
    static String idFromArn(String arn) {
        int marker = arn.lastIndexOf(":userpool/");
        if (!arn.startsWith("arn:") || marker < 0) {
            return null;
        }
        String id = arn.substring(marker + ":userpool/".length());
        return id.isEmpty() ? null : id;
    }

    static String arn(String region, String accountId, String userPoolId) {
        return "arn:aws:cognito-idp:" + region + ":" + accountId + ":userpool/" + userPoolId;
    }
}
