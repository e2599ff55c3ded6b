package io.cognate.broker.credentials;

import java.security.SecureRandom;

/**
 * Random key material in AWS's formats: access key ids {@code ASIA} + 16 of {@code A-Z0-9} (AWS's
 * prefix for temporary keys, which tools such as the CLI recognise) and 40-character secrets.
 */
final class AccessKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] KEY_ID_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final char[] SECRET_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

    static final String TEMPORARY_PREFIX = "ASIA";

    private AccessKeys() {}

    static String temporaryAccessKeyId() {
        return TEMPORARY_PREFIX + random(KEY_ID_ALPHABET, 16);
    }

    static String secretAccessKey() {
        return random(SECRET_ALPHABET, 40);
    }

    private static String random(char[] alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        return new String(out);
    }
}
