package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.json.AwsJson;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns CreateUserPool / UpdateUserPool input into the stored settings document (UserPoolType
 * member names), filling Cognito's defaults. As in Cognito, UpdateUserPool resets every updatable
 * setting the request leaves out to its default, and keeps the settings that only CreateUserPool
 * may set.
 */
final class UserPoolSettings {

    /**
     * UpdateUserPoolRequest members besides UserPoolId and PoolName (checked against the model).
     */
    static final Set<String> UPDATABLE =
            Set.of(
                    "Policies",
                    "DeletionProtection",
                    "LambdaConfig",
                    "AutoVerifiedAttributes",
                    "SmsVerificationMessage",
                    "EmailVerificationMessage",
                    "EmailVerificationSubject",
                    "VerificationMessageTemplate",
                    "SmsAuthenticationMessage",
                    "UserAttributeUpdateSettings",
                    "MfaConfiguration",
                    "DeviceConfiguration",
                    "EmailConfiguration",
                    "SmsConfiguration",
                    "UserPoolTags",
                    "AdminCreateUserConfig",
                    "UserPoolAddOns",
                    "AccountRecoverySetting",
                    "UserPoolTier",
                    "KeyConfiguration",
                    "IssuerConfiguration");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private UserPoolSettings() {}

    /** Settings of a new pool from the CreateUserPool input (without PoolName). */
    static ObjectNode forCreate(ObjectNode input) {
        ObjectNode settings = defaults();
        input.fields()
                .forEachRemaining(
                        e -> {
                            if (!e.getKey().equals("Schema")) {
                                settings.set(e.getKey(), e.getValue().deepCopy());
                            }
                        });
        settings.set("Policies", policies(input.get("Policies")));
        settings.set("SchemaAttributes", StandardSchema.merge(input.get("Schema")));
        applyRules(input, settings);
        SignInRules.applyCreateOnly(input, settings);
        return settings;
    }

    /**
     * Settings after UpdateUserPool: create-only settings kept, updatable ones from input or
     * default.
     */
    static ObjectNode forUpdate(ObjectNode current, ObjectNode input) {
        ObjectNode settings = current.deepCopy();
        ObjectNode defaults = defaults();
        UPDATABLE.forEach(
                member -> {
                    JsonNode value = input.has(member) ? input.get(member) : defaults.get(member);
                    if (value == null) {
                        settings.remove(member);
                    } else {
                        settings.set(member, value.deepCopy());
                    }
                });
        settings.set("Policies", policies(input.get("Policies")));
        applyRules(input, settings);
        return settings;
    }

    /**
     * The semantic rules CreateUserPool and UpdateUserPool share, beyond what the model checks;
     * each violation is an InvalidParameterException.
     */
    private static void applyRules(ObjectNode input, ObjectNode settings) {
        SignInRules.requireVerifiableAttributes(input);
        TagRules.require(input.get("UserPoolTags"));
        RecoveryRules.require(input.get("AccountRecoverySetting"));
        TemporaryPasswordRules.apply(input, settings);
        MessageTemplateRules.apply(input, settings);
    }

    /** The stored form of a settings document. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(ObjectNode settings) {
        return AwsJson.mapper().convertValue(settings, Map.class);
    }

    static ObjectNode asNode(Map<String, Object> settings) {
        return AwsJson.mapper().valueToTree(settings);
    }

    /** The top-level settings an update names, for the UserPoolUpdated event. */
    static List<String> changedBy(ObjectNode input) {
        return UPDATABLE.stream().filter(input::has).sorted().toList();
    }

    private static ObjectNode defaults() {
        ObjectNode settings = JSON.objectNode();
        settings.put("DeletionProtection", "INACTIVE");
        settings.set("LambdaConfig", JSON.objectNode());
        settings.put("MfaConfiguration", "OFF");
        settings.set(
                "VerificationMessageTemplate",
                JSON.objectNode().put("DefaultEmailOption", "CONFIRM_WITH_CODE"));
        settings.set(
                "EmailConfiguration",
                JSON.objectNode().put("EmailSendingAccount", "COGNITO_DEFAULT"));
        settings.set(
                "AdminCreateUserConfig",
                JSON.objectNode()
                        .put("AllowAdminCreateUserOnly", false)
                        .put("UnusedAccountValidityDays", 7));
        settings.set(
                "UserAttributeUpdateSettings",
                JSON.objectNode()
                        .set("AttributesRequireVerificationBeforeUpdate", JSON.arrayNode()));
        settings.put("UserPoolTier", "ESSENTIALS");
        return settings;
    }

    /** Cognito's default password policy, with members a request leaves out filled in. */
    private static ObjectNode policies(JsonNode requested) {
        ObjectNode policies =
                requested == null ? JSON.objectNode() : (ObjectNode) requested.deepCopy();
        JsonNode password = policies.get("PasswordPolicy");
        ObjectNode passwordPolicy =
                password == null
                        ? JSON.objectNode()
                                .put("MinimumLength", 8)
                                .put("RequireUppercase", true)
                                .put("RequireLowercase", true)
                                .put("RequireNumbers", true)
                                .put("RequireSymbols", true)
                        : (ObjectNode) password;
        passwordPolicy.putIfAbsent("MinimumLength", JSON.numberNode(8));
        for (String flag :
                List.of(
                        "RequireUppercase",
                        "RequireLowercase",
                        "RequireNumbers",
                        "RequireSymbols")) {
            passwordPolicy.putIfAbsent(flag, JSON.booleanNode(false));
        }
        passwordPolicy.putIfAbsent("TemporaryPasswordValidityDays", JSON.numberNode(7));
        policies.set("PasswordPolicy", passwordPolicy);
        if (!policies.has("SignInPolicy")) {
            policies.set(
                    "SignInPolicy",
                    JSON.objectNode()
                            .set("AllowedFirstAuthFactors", JSON.arrayNode().add("PASSWORD")));
        }
        return policies;
    }
}
