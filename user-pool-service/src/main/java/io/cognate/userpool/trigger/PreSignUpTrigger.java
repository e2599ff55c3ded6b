package io.cognate.userpool.trigger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * PreSignUp ({@code PreSignUp_SignUp}, {@code PreSignUp_AdminCreateUser}): the receiver may reject
 * the sign-up (an error: no user is created) or auto-confirm the user and auto-verify the email or
 * phone number. Without a configured trigger, nothing is auto-anything.
 */
@ApplicationScoped
public class PreSignUpTrigger {

    public static final String SIGN_UP = "PreSignUp_SignUp";
    public static final String ADMIN_CREATE_USER = "PreSignUp_AdminCreateUser";

    /** What the receiver decided; all false when there is no trigger. */
    public record Decision(
            boolean autoConfirmUser, boolean autoVerifyEmail, boolean autoVerifyPhone) {

        public static final Decision NONE = new Decision(false, false, false);
    }

    private final Triggers triggers;

    PreSignUpTrigger(Triggers triggers) {
        this.triggers = triggers;
    }

    /**
     * @param userAttributes the attributes the call gives (strings)
     * @param validationData the call's ValidationData, null when absent
     */
    public Uni<Decision> invoke(
            String userPoolId,
            String triggerSource,
            String userName,
            String clientId,
            Map<String, String> userAttributes,
            Map<String, String> validationData,
            Map<String, String> clientMetadata) {
        ObjectNode request = TriggerJson.request(userAttributes);
        request.set("validationData", TriggerJson.object(validationData));
        TriggerJson.clientMetadata(request, clientMetadata);
        ObjectNode response =
                JsonNodeFactory.instance
                        .objectNode()
                        .put("autoConfirmUser", false)
                        .put("autoVerifyPhone", false)
                        .put("autoVerifyEmail", false);
        TriggerEvent event =
                new TriggerEvent(userPoolId, triggerSource, userName, clientId, request, response);
        return triggers.invokeIfConfigured(Trigger.PreSignUp, event)
                .map(
                        answer ->
                                answer.map(
                                                r ->
                                                        new Decision(
                                                                r.path("autoConfirmUser")
                                                                        .asBoolean(false),
                                                                r.path("autoVerifyEmail")
                                                                        .asBoolean(false),
                                                                r.path("autoVerifyPhone")
                                                                        .asBoolean(false)))
                                        .orElse(Decision.NONE));
    }
}
