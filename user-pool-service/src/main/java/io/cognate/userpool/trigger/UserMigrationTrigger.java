package io.cognate.userpool.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.userpool.errors.UserLambdaValidationException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * UserMigration ({@code UserMigration_Authentication} on a password sign-in of an unknown user,
 * {@code UserMigration_ForgotPassword} on ForgotPassword of one): the receiver looks the user up in
 * the legacy directory and answers with the attributes to create them with. A receiver that reports
 * an error ("no such user, or wrong password") leaves the user unknown, as Cognito then answers as
 * for any unknown user; one that cannot be called fails the call.
 */
@ApplicationScoped
public class UserMigrationTrigger {

    public static final String AUTHENTICATION = "UserMigration_Authentication";
    public static final String FORGOT_PASSWORD = "UserMigration_ForgotPassword";

    /** What the receiver answered; {@code finalUserStatus} is CONFIRMED or RESET_REQUIRED. */
    public record Migration(
            Map<String, String> userAttributes,
            String finalUserStatus,
            boolean suppressMessage,
            List<String> desiredDeliveryMediums,
            boolean forceAliasCreation) {}

    private final Triggers triggers;

    UserMigrationTrigger(Triggers triggers) {
        this.triggers = triggers;
    }

    /**
     * @param userName the name the user typed
     * @param password the typed password (Authentication), null for ForgotPassword
     * @return empty when the pool has no such trigger or the receiver does not know the user
     */
    public Uni<Optional<Migration>> invoke(
            String userPoolId,
            String triggerSource,
            String userName,
            String clientId,
            String password,
            Map<String, String> validationData,
            Map<String, String> clientMetadata) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        if (password != null) {
            request.put("password", password);
        }
        request.set("validationData", TriggerJson.object(validationData));
        TriggerJson.clientMetadata(request, clientMetadata);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        for (String member :
                List.of(
                        "userAttributes",
                        "forceAliasCreation",
                        "enableSMSMFA",
                        "finalUserStatus",
                        "messageAction",
                        "desiredDeliveryMediums")) {
            response.putNull(member);
        }
        TriggerEvent event =
                new TriggerEvent(userPoolId, triggerSource, userName, clientId, request, response);
        return triggers.invokeIfConfigured(Trigger.UserMigration, event)
                .map(answer -> answer.map(UserMigrationTrigger::migration))
                .onFailure(UserLambdaValidationException.class)
                .recoverWithItem(Optional.empty());
    }

    private static Migration migration(ObjectNode response) {
        JsonNode attributes = response.get("userAttributes");
        if (attributes == null || !attributes.isObject() || attributes.isEmpty()) {
            throw LambdaErrors.unrecognizable();
        }
        Map<String, String> values = new LinkedHashMap<>();
        attributes.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        String status = response.path("finalUserStatus").asText("RESET_REQUIRED");
        if (!status.equals("CONFIRMED") && !status.equals("RESET_REQUIRED")) {
            throw LambdaErrors.unrecognizable();
        }
        List<String> media = new ArrayList<>();
        response.path("desiredDeliveryMediums").forEach(m -> media.add(m.asText()));
        return new Migration(
                values,
                status,
                "SUPPRESS".equals(response.path("messageAction").asText(null)),
                media,
                response.path("forceAliasCreation").asBoolean(false));
    }
}
