package io.cognate.userpool.appclient;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.json.AwsJson;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Renders clients as the model's {@code UserPoolClientType} and {@code UserPoolClientDescription}.
 */
final class AppClientView {

    private AppClientView() {}

    /**
     * @param clientSecret the opened secret, or null for a client without one
     */
    static ObjectNode describe(AppClientEntity client, String clientSecret) {
        ObjectNode view = AwsJson.mapper().createObjectNode();
        view.put("UserPoolId", client.userPoolId);
        view.put("ClientName", client.name);
        view.put("ClientId", client.clientId);
        if (clientSecret != null) {
            view.put("ClientSecret", clientSecret);
        }
        view.put("LastModifiedDate", epochSeconds(client.lastModifiedAt));
        view.put("CreationDate", epochSeconds(client.createdAt));
        view.setAll((ObjectNode) AwsJson.mapper().valueToTree(client.settings));
        return view;
    }

    static ObjectNode summary(AppClientEntity client) {
        ObjectNode view = AwsJson.mapper().createObjectNode();
        view.put("ClientId", client.clientId);
        view.put("UserPoolId", client.userPoolId);
        view.put("ClientName", client.name);
        return view;
    }

    private static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
    }
}
