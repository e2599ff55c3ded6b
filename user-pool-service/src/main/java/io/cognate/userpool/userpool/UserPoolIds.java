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

    static String arn(String region, String accountId, String userPoolId) {
        return "arn:aws:cognito-idp:" + region + ":" + accountId + ":userpool/" + userPoolId;
    }
}
