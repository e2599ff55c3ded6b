package io.cognate.userpool.user;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which attribute a sign-up confirmation code goes to: one the pool's AutoVerifiedAttributes name
 * and the user has, the phone number first when both qualify (Cognito sends the code by SMS then).
 * ConfirmSignUp verifies the same attribute, so the choice is made again from the same inputs
 * rather than stored.
 */
final class AutoVerification {

    private AutoVerification() {}

    static Optional<String> target(PoolRules pool, Map<String, String> attributes) {
        List<?> auto =
                pool.settings().get("AutoVerifiedAttributes") instanceof List<?> l ? l : List.of();
        for (String attribute : List.of("phone_number", "email")) {
            String value = attributes.get(attribute);
            if (auto.contains(attribute) && value != null && !value.isEmpty()) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    /** The medium a code would take in this pool, for users that do not exist. */
    static Optional<String> medium(PoolRules pool) {
        List<?> auto =
                pool.settings().get("AutoVerifiedAttributes") instanceof List<?> l ? l : List.of();
        return auto.contains("phone_number")
                ? Optional.of("SMS")
                : auto.contains("email") ? Optional.of("EMAIL") : Optional.empty();
    }
}
