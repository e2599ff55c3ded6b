package io.cognate.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.e2e.TriggerReceiver.Reply;

/**
 * The sign-up, sign-in and message triggers as an application's Lambdas would write them, each
 * deciding by the user name's prefix: PreSignUp auto-confirms (and verifies the address of) {@code
 * auto-*}; PreAuthentication refuses {@code blocked-*}; PreTokenGeneration (V2) adds {@code plan:
 * gold} to ID tokens; CustomMessage replaces the email text and subject; UserMigration vouches for
 * {@code legacy-*} with the legacy password, CONFIRMED with an address, else refuses.
 */
final class AppTriggers {

    static final String BLOCKED_MESSAGE = "Kiosk sign-in is disabled";
    static final String SUBJECT = "Welcome aboard";

    private AppTriggers() {}

    /** Points the receiver's paths, named after the triggers, at these handlers. */
    static void serve(TriggerReceiver receiver, String legacyPassword, String emailMessage) {
        receiver.answer("PreSignUp", AppTriggers::preSignUp);
        receiver.reply("PreAuthentication", AppTriggers::preAuthentication);
        receiver.answer("PreTokenGeneration", AppTriggers::preTokenGeneration);
        receiver.answer("CustomMessage", event -> customMessage(event, emailMessage));
        receiver.reply("UserMigration", event -> userMigration(event, legacyPassword));
    }

    static ObjectNode preSignUp(ObjectNode event) {
        if (event.path("userName").asText().startsWith("auto-")) {
            response(event).put("autoConfirmUser", true).put("autoVerifyEmail", true);
        }
        return event;
    }

    static Reply preAuthentication(ObjectNode event) {
        return event.path("userName").asText().startsWith("blocked-")
                ? Reply.error(403, BLOCKED_MESSAGE)
                : new Reply(200, event);
    }

    static ObjectNode preTokenGeneration(ObjectNode event) {
        response(event)
                .putObject("claimsAndScopeOverrideDetails")
                .putObject("idTokenGeneration")
                .putObject("claimsToAddOrOverride")
                .put("plan", "gold");
        return event;
    }

    static ObjectNode customMessage(ObjectNode event, String emailMessage) {
        response(event).put("emailMessage", emailMessage).put("emailSubject", SUBJECT);
        return event;
    }

    static Reply userMigration(ObjectNode event, String legacyPassword) {
        String username = event.path("userName").asText();
        if (!username.startsWith("legacy-")
                || !legacyPassword.equals(event.at("/request/password").asText())) {
            return Reply.error(400, "Bad password");
        }
        ObjectNode response = response(event);
        response.putObject("userAttributes")
                .put("email", username + "@legacy.example")
                .put("email_verified", "true");
        response.put("finalUserStatus", "CONFIRMED").put("messageAction", "SUPPRESS");
        return new Reply(200, event);
    }

    private static ObjectNode response(ObjectNode event) {
        return event.path("response") instanceof ObjectNode response
                ? response
                : event.putObject("response");
    }
}
