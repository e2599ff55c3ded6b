package io.cognate.userpool.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * Reads a receiver's answer as Cognito reads a function's: a 2xx answer must be the event (a JSON
 * object whose {@code response}, when present, is an object); any other answer is the function
 * throwing, its message taken from a Lambda-style {@code {"errorMessage": …}} body, else from
 * {@code message}, else from the plain-text body.
 */
final class TriggerReplies {

    /** Messages longer than this are cut: they are shown to end users. */
    static final int MAX_MESSAGE = 1024;

    private TriggerReplies() {}

    static ObjectNode response(Trigger trigger, WebhookReply reply) {
        JsonNode body = TriggerCalls.readTree(reply.body());
        if (reply.status() >= 200 && reply.status() < 300) {
            if (body == null || !body.isObject()) {
                throw LambdaErrors.unrecognizable();
            }
            JsonNode response = body.get("response");
            if (response == null || response.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!response.isObject()) {
                throw LambdaErrors.unrecognizable();
            }
            return (ObjectNode) response;
        }
        if (reply.status() < 400) {
            throw LambdaErrors.unrecognizable();
        }
        throw LambdaErrors.functionError(trigger, message(reply, body));
    }

    private static String message(WebhookReply reply, JsonNode body) {
        String text;
        if (body != null && body.isObject() && body.path("errorMessage").isTextual()) {
            text = body.get("errorMessage").asText();
        } else if (body != null && body.isObject() && body.path("message").isTextual()) {
            text = body.get("message").asText();
        } else if (body != null && body.isTextual()) {
            text = body.asText();
        } else if (body == null && reply.body().length > 0) {
            text = new String(reply.body(), StandardCharsets.UTF_8).strip();
        } else {
            text = "HTTP " + reply.status();
        }
        text = text.replaceAll("\\p{Cntrl}", " ");
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) : text;
    }
}
