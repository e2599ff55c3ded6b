package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.error.InvalidParameterException;

/**
 * How long a temporary password lasts. {@code
 * Policies.PasswordPolicy.TemporaryPasswordValidityDays} replaced the legacy {@code
 * AdminCreateUserConfig.UnusedAccountValidityDays}: Cognito refuses a request that sets the two to
 * different values (with the message below, quoted from the field), treats 0 as unset, and defaults
 * to 7 days. Both members report the value in effect.
 */
final class TemporaryPasswordRules {

    static final int DEFAULT_DAYS = 7;

    private TemporaryPasswordRules() {}

    /** {@code settings} already holds the Policies and AdminCreateUserConfig documents. */
    static void apply(ObjectNode input, ObjectNode settings) {
        Integer temporary =
                days(
                        input.path("Policies").path("PasswordPolicy"),
                        "TemporaryPasswordValidityDays");
        Integer unused = days(input.path("AdminCreateUserConfig"), "UnusedAccountValidityDays");
        if (temporary != null && unused != null && !temporary.equals(unused)) {
            throw new InvalidParameterException(
                    "Please use TemporaryPasswordValidityDays in PasswordPolicy instead of"
                            + " UnusedAccountValidityDays");
        }
        int effective = temporary != null ? temporary : unused != null ? unused : DEFAULT_DAYS;
        ((ObjectNode) settings.get("Policies").get("PasswordPolicy"))
                .put("TemporaryPasswordValidityDays", effective);
        JsonNode requested = settings.get("AdminCreateUserConfig");
        ObjectNode adminCreateUser =
                requested instanceof ObjectNode object
                        ? object.deepCopy()
                        : JsonNodeFactory.instance.objectNode();
        adminCreateUser.putIfAbsent(
                "AllowAdminCreateUserOnly", JsonNodeFactory.instance.booleanNode(false));
        adminCreateUser.put("UnusedAccountValidityDays", effective);
        settings.set("AdminCreateUserConfig", adminCreateUser);
    }

    private static Integer days(JsonNode holder, String member) {
        JsonNode value = holder.get(member);
        return value == null || value.isNull() || value.asInt() == 0 ? null : value.asInt();
    }
}
