package io.cognate.broker.credentials;

import java.security.SecureRandom;

/**
 * Random key material in AWS's formats: access key ids {@code ASIA} + 16 of {@code A-Z0-9} (AWS's
 * prefix for temporary keys, which tools such as the CLI recognise) and 40-character secrets.
 */
final class AccessKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final char[] KEY_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    static final char[] SECRET_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

    static final String TEMPORARY_PREFIX = "ASIA";

    private AccessKeys() {}

    static String temporaryAccessKeyId() {
        return TEMPORARY_PREFIX + random(KEY_ID_ALPHABET, 16);
    }

    static String secretAccessKey() {
        return random(SECRET_ALPHABET, 40);
    }

    /**
     * One draw from the generator for the whole string: {@code nextInt} per character locked and
     * mixed the native PRNG 56 times per credential, which showed in the profile. Bytes at or above
     * the largest multiple of the alphabet's size are skipped, so every character stays uniform
     * (none are skipped for the 64-character alphabet).
     */
    static String random(char[] alphabet, int length) {
        int limit = 256 - 256 % alphabet.length;
        char[] out = new char[length];
        byte[] bytes = new byte[length + 8];
        int next = bytes.length;
        for (int i = 0; i < length; ) {
            if (next == bytes.length) {
                RANDOM.nextBytes(bytes);
                next = 0;
            }
            int b = bytes[next++] & 0xFF;
            if (b < limit) {
                out[i++] = alphabet[b % alphabet.length];
            }
        }
        return new String(out);
    }
}
