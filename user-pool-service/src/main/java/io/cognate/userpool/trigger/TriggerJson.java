package io.cognate.userpool.trigger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;

/** Pieces of trigger events: string maps as JSON objects, a user's Lambda userAttributes. */
public final class TriggerJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TriggerJson() {}

    /**
     * A stored user's {@code userAttributes} as Lambdas get them: every value a string, with {@code
     * sub} and {@code cognito:user_status}.
     */
    public static Map<String, String> userAttributes(
            UUID sub, String status, Map<String, String> attributes) {
        Map<String, String> all = new java.util.TreeMap<>(attributes);
        all.put("sub", sub.toString());
        all.put("cognito:user_status", status);
        return all;
    }

    /** A string map as a JSON object; null stays JSON null. */
    static ObjectNode object(Map<String, String> values) {
        if (values == null) {
            return null;
        }
        ObjectNode node = JSON.objectNode();
        values.forEach(node::put);
        return node;
    }

    static ObjectNode request(Map<String, String> userAttributes) {
        ObjectNode request = JSON.objectNode();
        request.set("userAttributes", object(userAttributes));
        return request;
    }

    /** A {@code request.clientMetadata}, only when the API call had some (as Cognito sends it). */
    static void clientMetadata(ObjectNode request, Map<String, String> clientMetadata) {
        if (clientMetadata != null && !clientMetadata.isEmpty()) {
            request.set("clientMetadata", object(clientMetadata));
        }
    }
}
