package io.cognate.userpool.trigger;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * PostConfirmation ({@code PostConfirmation_ConfirmSignUp} after ConfirmSignUp, AdminConfirmSignUp
 * or a PreSignUp auto-confirmation; {@code PostConfirmation_ConfirmForgotPassword}). Synchronous as
 * on AWS: an error fails the API call, and the confirmation is rolled back with it.
 */
@ApplicationScoped
public class PostConfirmationTrigger {

    public static final String CONFIRM_SIGN_UP = "PostConfirmation_ConfirmSignUp";
    public static final String CONFIRM_FORGOT_PASSWORD = "PostConfirmation_ConfirmForgotPassword";

    private final Triggers triggers;

    PostConfirmationTrigger(Triggers triggers) {
        this.triggers = triggers;
    }

    public Uni<Void> invoke(
            String userPoolId,
            String triggerSource,
            String userName,
            String clientId,
            Map<String, String> userAttributes,
            Map<String, String> clientMetadata) {
        var request = TriggerJson.request(userAttributes);
        TriggerJson.clientMetadata(request, clientMetadata);
        return triggers.invokeIfConfigured(
                        Trigger.PostConfirmation,
                        new TriggerEvent(userPoolId, triggerSource, userName, clientId, request))
                .replaceWithVoid();
    }
}
