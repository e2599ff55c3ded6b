package io.cognate.userpool.trigger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a caller knows of one trigger invocation; {@link Triggers} adds {@code version}, {@code
 * region} and {@code callerContext.awsSdkVersion} to make the exact Lambda event.
 *
 * @param userPoolId the pool
 * @param triggerSource e.g. {@code PreSignUp_SignUp}, {@code TokenGeneration_RefreshTokens}
 * @param userName the internal username (for UserMigration, the name the user typed)
 * @param clientId the app client, or null for admin calls without one ({@code
 *     CLIENT_ID_NOT_APPLICABLE} is sent, as Cognito does)
 * @param request the event's {@code request} object (userAttributes values are strings)
 * @param response the event's {@code response} object as Cognito sends it (its members present,
 *     with their defaults), to be filled by the receiver
 */
public record TriggerEvent(
        String userPoolId,
        String triggerSource,
        String userName,
        String clientId,
        ObjectNode request,
        ObjectNode response) {

    /** An event whose {@code response} starts empty. */
    public TriggerEvent(
            String userPoolId,
            String triggerSource,
            String userName,
            String clientId,
            ObjectNode request) {
        this(
                userPoolId,
                triggerSource,
                userName,
                clientId,
                request,
                JsonNodeFactory.instance.objectNode());
    }

    /** Requests carry passwords (UserMigration) and challenge answers: never printed. */
    @Override
    public String toString() {
        return "TriggerEvent[" + userPoolId + ", " + triggerSource + "]";
    }
}
