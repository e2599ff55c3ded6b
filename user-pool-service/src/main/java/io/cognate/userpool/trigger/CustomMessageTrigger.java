package io.cognate.userpool.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/**
 * CustomMessage ({@code CustomMessage_SignUp}, {@code _ResendCode}, {@code _ForgotPassword}, {@code
 * _UpdateUserAttribute}, {@code _VerifyUserAttribute}, {@code _AdminCreateUser}, {@code
 * _Authentication}): the receiver may replace the message Cognate is about to send with its own
 * {@code smsMessage} / {@code emailMessage} / {@code emailSubject}, still holding the {@code
 * {####}} (and for AdminCreateUser {@code {username}}) placeholders, which Cognate fills in. A
 * message without the code placeholder would deliver no code: it is refused as an invalid answer.
 */
@ApplicationScoped
public class CustomMessageTrigger {

    public static final String CODE_PARAMETER = "{####}";
    public static final String USERNAME_PARAMETER = "{username}";
    static final String LINK_PARAMETER = "{##Click Here##}";

    /** The receiver's texts, placeholders not yet filled; a null member keeps the pool's. */
    public record Message(String smsMessage, String emailMessage, String emailSubject) {}

    private final Triggers triggers;

    CustomMessageTrigger(Triggers triggers) {
        this.triggers = triggers;
    }

    /**
     * @param triggerSource e.g. {@code CustomMessage_SignUp}
     * @param withUsername true for AdminCreateUser, whose message carries the username
     * @return empty when the pool has no CustomMessage trigger
     */
    public Uni<Optional<Message>> invoke(
            String userPoolId,
            String triggerSource,
            String userName,
            String clientId,
            Map<String, String> userAttributes,
            boolean withUsername,
            Map<String, String> clientMetadata) {
        ObjectNode request = TriggerJson.request(userAttributes);
        request.put("codeParameter", CODE_PARAMETER);
        request.put("linkParameter", LINK_PARAMETER);
        request.put("usernameParameter", withUsername ? USERNAME_PARAMETER : null);
        TriggerJson.clientMetadata(request, clientMetadata);
        ObjectNode response =
                JsonNodeFactory.instance
                        .objectNode()
                        .putNull("smsMessage")
                        .putNull("emailMessage")
                        .putNull("emailSubject");
        TriggerEvent event =
                new TriggerEvent(userPoolId, triggerSource, userName, clientId, request, response);
        return triggers.invokeIfConfigured(Trigger.CustomMessage, event)
                .map(answer -> answer.map(CustomMessageTrigger::message));
    }

    private static Message message(ObjectNode response) {
        String sms = text(response.get("smsMessage"));
        String email = text(response.get("emailMessage"));
        if (sms != null && !sms.contains(CODE_PARAMETER)
                || email != null && !email.contains(CODE_PARAMETER)) {
            throw LambdaErrors.unrecognizable();
        }
        return new Message(sms, email, text(response.get("emailSubject")));
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText();
    }
}
