package io.cognate.userpool.password;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Generates temporary passwords (AdminCreateUser without TemporaryPassword) that satisfy any pool
 * policy: at least 12 characters and never shorter than the policy's minimum, with one character of
 * every class.
 */
public final class TemporaryPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    // Cognito symbols minus quotes and backslash, which mangle message templates and shells.
    private static final String SYMBOLS = "^$*.[]{}()?!@#%&/,><:;|_~=+-";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    public static String generate(PasswordPolicy policy) {
        int length = Math.max(12, policy.minimumLength());
        List<Character> chars = new ArrayList<>(length);
        for (String mandatory : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
            chars.add(pick(mandatory));
        }
        while (chars.size() < length) {
            chars.add(pick(ALL));
        }
        Collections.shuffle(chars, RANDOM);
        StringBuilder password = new StringBuilder(length);
        chars.forEach(password::append);
        return password.toString();
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
}
