package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.Set;

/**
 * How users sign in: email or phone number as the username ({@code UsernameAttributes}) and aliases
 * of a chosen username ({@code AliasAttributes}) exclude each other; only email and phone numbers
 * are verified automatically; usernames of new pools are case-insensitive unless the caller says
 * otherwise (cognito.md §7.4).
 */
final class SignInRules {

    private static final Set<String> VERIFIABLE = Set.of("email", "phone_number");

    private SignInRules() {}

    /** CreateUserPool only: the three settings below cannot change afterwards. */
    static void applyCreateOnly(ObjectNode input, ObjectNode settings) {
        if (!isEmpty(input.get("UsernameAttributes")) && !isEmpty(input.get("AliasAttributes"))) {
            throw new InvalidParameterException(
                    "UsernameAttributes and AliasAttributes are mutually exclusive: a pool either"
                            + " signs users in by email or phone number as their username, or by"
                            + " aliases of a username they choose.");
        }
        if (!settings.has("UsernameConfiguration")) {
            settings.set(
                    "UsernameConfiguration",
                    JsonNodeFactory.instance.objectNode().put("CaseSensitive", false));
        }
    }

    /** CreateUserPool and UpdateUserPool. */
    static void requireVerifiableAttributes(ObjectNode input) {
        for (JsonNode attribute : input.path("AutoVerifiedAttributes")) {
            if (!VERIFIABLE.contains(attribute.asText())) {
                throw new InvalidParameterException(
                        "AutoVerifiedAttributes may contain only email and phone_number, not "
                                + attribute.asText()
                                + ".");
            }
        }
    }

    private static boolean isEmpty(JsonNode list) {
        return list == null || list.isNull() || list.isEmpty();
    }
}
