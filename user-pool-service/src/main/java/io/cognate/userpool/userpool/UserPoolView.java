package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.json.AwsJson;
import java.math.BigDecimal;
import java.time.Instant;

/** Renders pools as the model's {@code UserPoolType} and {@code UserPoolDescriptionType}. */
final class UserPoolView {

    private static final java.util.List<String> MFA_ONLY =
            java.util.List.of(
                    "SmsMfaConfiguration",
                    "SoftwareTokenMfaConfiguration",
                    "EmailMfaConfiguration",
                    "WebAuthnConfiguration");

    private UserPoolView() {}

    static ObjectNode describe(UserPoolEntity pool) {
        ObjectNode view = AwsJson.mapper().createObjectNode();
        view.put("Id", pool.id);
        view.put("Name", pool.name);
        view.setAll((ObjectNode) AwsJson.mapper().valueToTree(pool.settings));
        // SetUserPoolMfaConfig keeps these beside the settings; UserPoolType has no such members.
        view.remove(MFA_ONLY);
        view.put("LastModifiedDate", epochSeconds(pool.lastModifiedAt));
        view.put("CreationDate", epochSeconds(pool.createdAt));
        view.put("EstimatedNumberOfUsers", 0);
        view.put("Arn", pool.arn);
        return view;
    }

    static ObjectNode summary(UserPoolEntity pool) {
        ObjectNode view = AwsJson.mapper().createObjectNode();
        view.put("Id", pool.id);
        view.put("Name", pool.name);
        Object lambdaConfig = pool.settings.get("LambdaConfig");
        view.set(
                "LambdaConfig",
                lambdaConfig == null
                        ? AwsJson.mapper().createObjectNode()
                        : AwsJson.mapper().valueToTree(lambdaConfig));
        view.put("LastModifiedDate", epochSeconds(pool.lastModifiedAt));
        view.put("CreationDate", epochSeconds(pool.createdAt));
        return view;
    }

    static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
    }
}
