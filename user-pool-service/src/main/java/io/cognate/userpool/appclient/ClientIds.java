package io.cognate.userpool.appclient;

import java.security.SecureRandom;

/** Client ids and generated secrets shaped like Cognito's: lowercase letters and digits. */
final class ClientIds {

    static final int ID_LENGTH = 26;
    static final int SECRET_LENGTH = 51;
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientIds() {}

    static String nextClientId() {
        return random(ID_LENGTH);
    }

    /** 51 characters of a 36-letter alphabet: about 263 bits. */
    static String nextSecret() {
        return random(SECRET_LENGTH);
    }

    private static String random(int length) {
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return value.toString();
    }
}
