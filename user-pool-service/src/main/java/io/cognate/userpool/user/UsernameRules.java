package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a new user's username becomes. With UsernameAttributes, the given username must be an email
 * / phone number, is stored as that attribute, and the internal username is the sub. With
 * AliasAttributes, a username may not look like the aliases, so that a sign-in name is never
 * ambiguous.
 */
final class UsernameRules {

    /** The stored username, its lookup key and the attributes completed with the username. */
    record Resolved(String username, String usernameKey, Map<String, String> attributes) {}

    private UsernameRules() {}

    static Resolved resolve(
            PoolRules pool, String requested, Map<String, String> attributes, UUID sub) {
        if (pool.usernameIsAttribute()) {
            Map<String, String> completed = new LinkedHashMap<>(attributes);
            completed.put(attributeOf(pool, requested), requested);
            return new Resolved(sub.toString(), sub.toString(), completed);
        }
        if (pool.aliasAttributes().contains("email")
                && AttributeRules.EMAIL.matcher(requested).matches()) {
            throw new InvalidParameterException(
                    "Username cannot be of email format, since user pool is configured for email"
                            + " alias.");
        }
        if (pool.aliasAttributes().contains("phone_number")
                && AttributeRules.PHONE.matcher(requested).matches()) {
            throw new InvalidParameterException(
                    "Username cannot be of phone number format, since user pool is configured for"
                            + " phone number alias.");
        }
        return new Resolved(requested, pool.fold(requested), attributes);
    }

    private static String attributeOf(PoolRules pool, String requested) {
        boolean email = pool.usernameAttributes().contains("email");
        boolean phone = pool.usernameAttributes().contains("phone_number");
        if (email && AttributeRules.EMAIL.matcher(requested).matches()) {
            return "email";
        }
        if (phone && AttributeRules.PHONE.matcher(requested).matches()) {
            return "phone_number";
        }
        throw new InvalidParameterException(
                email && phone
                        ? "Username should be either an email or a phone number."
                        : email
                                ? "Username should be an email."
                                : "Username should be a phone number.");
    }
}
