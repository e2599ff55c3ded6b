package io.cognate.userpool.password;

import io.cognate.userpool.errors.InvalidPasswordException;
import java.util.Map;

/**
 * A pool's {@code Policies.PasswordPolicy}, enforced with Cognito's exact messages. Letters and
 * digits are the basic Latin ones; symbols are Cognito's set plus a space that neither leads nor
 * trails.
 */
public record PasswordPolicy(
        int minimumLength,
        boolean requireUppercase,
        boolean requireLowercase,
        boolean requireNumbers,
        boolean requireSymbols,
        int temporaryPasswordValidityDays) {

    /** The special characters Cognito accepts as symbols. */
    public static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-";

    private static final String PREFIX = "Password did not conform with policy: ";

    /** Cognito's default policy (CreateUserPool without Policies). */
    public static final PasswordPolicy DEFAULT = new PasswordPolicy(8, true, true, true, true, 7);

    /** The policy stored in a pool's settings document (UserPoolType members). */
    public static PasswordPolicy of(Map<String, Object> poolSettings) {
        Object policies = poolSettings.get("Policies");
        if (!(policies instanceof Map<?, ?> p)
                || !(p.get("PasswordPolicy") instanceof Map<?, ?> pp)) {
            return DEFAULT;
        }
        return new PasswordPolicy(
                number(pp.get("MinimumLength"), 8),
                Boolean.TRUE.equals(pp.get("RequireUppercase")),
                Boolean.TRUE.equals(pp.get("RequireLowercase")),
                Boolean.TRUE.equals(pp.get("RequireNumbers")),
                Boolean.TRUE.equals(pp.get("RequireSymbols")),
                number(pp.get("TemporaryPasswordValidityDays"), 7));
    }

    /**
     * @throws InvalidPasswordException naming the first rule the password breaks
     */
    public void check(String password) {
        if (password.codePointCount(0, password.length()) < minimumLength) {
            throw violation("Password not long enough");
        }
        if (requireUppercase && password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            throw violation("Password must have uppercase characters");
        }
        if (requireLowercase && password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            throw violation("Password must have lowercase characters");
        }
        if (requireNumbers && password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            throw violation("Password must have numeric characters");
        }
        if (requireSymbols && !hasSymbol(password)) {
            throw violation("Password must have symbol characters");
        }
    }

    static boolean hasSymbol(String password) {
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            boolean innerSpace = c == ' ' && i > 0 && i < password.length() - 1;
            if (SYMBOLS.indexOf(c) >= 0 || innerSpace) {
                return true;
            }
        }
        return false;
    }

    private static InvalidPasswordException violation(String rule) {
        return new InvalidPasswordException(PREFIX + rule);
    }

    private static int number(Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }
}
