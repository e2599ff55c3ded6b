package io.cognate.userpool.trigger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * PreAuthentication (before the credentials are checked; an error denies the sign-in) and
 * PostAuthentication (after a successful sign-in; an error fails it, as on AWS where the function
 * is synchronous). InitiateAuth's ClientMetadata reaches PreAuthentication as {@code
 * validationData}, as in Cognito.
 */
@ApplicationScoped
public class AuthenticationTriggers {

    private final Triggers triggers;

    AuthenticationTriggers(Triggers triggers) {
        this.triggers = triggers;
    }

    public Uni<Void> preAuthentication(
            String userPoolId,
            String userName,
            String clientId,
            Map<String, String> userAttributes,
            Map<String, String> validationData) {
        ObjectNode request = TriggerJson.request(userAttributes);
        request.set("validationData", TriggerJson.object(validationData));
        return triggers.invokeIfConfigured(
                        Trigger.PreAuthentication,
                        new TriggerEvent(
                                userPoolId,
                                "PreAuthentication_Authentication",
                                userName,
                                clientId,
                                request))
                .replaceWithVoid();
    }

    public Uni<Void> postAuthentication(
            String userPoolId,
            String userName,
            String clientId,
            Map<String, String> userAttributes,
            boolean newDeviceUsed,
            Map<String, String> clientMetadata) {
        ObjectNode request = TriggerJson.request(userAttributes);
        request.put("newDeviceUsed", newDeviceUsed);
        TriggerJson.clientMetadata(request, clientMetadata);
        return triggers.invokeIfConfigured(
                        Trigger.PostAuthentication,
                        new TriggerEvent(
                                userPoolId,
                                "PostAuthentication_Authentication",
                                userName,
                                clientId,
                                request))
                .replaceWithVoid();
    }
}
