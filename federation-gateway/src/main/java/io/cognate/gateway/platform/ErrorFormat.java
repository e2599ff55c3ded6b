package io.cognate.gateway.platform;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.UUID;

/**
 * How an error body must look for the protocol the client speaks: AWS JSON 1.1 for the Cognito APIs
 * (and the browser routes), Query XML for STS, whose SDKs cannot parse a JSON error.
 */
public enum ErrorFormat {
    JSON {
        @Override
        public ErrorReply render(GatewayError error) {
            String requestId = UUID.randomUUID().toString();
            Buffer body =
                    new JsonObject()
                            .put("__type", error.jsonCode())
                            .put("message", error.message())
                            .toBuffer();
            return new ErrorReply(
                    error.status(),
                    "application/x-amz-json-1.1",
                    requestId,
                    error.jsonCode() + ":",
                    body);
        }
    },
    QUERY {
        @Override
        public ErrorReply render(GatewayError error) {
            String requestId = UUID.randomUUID().toString();
            String type = error.status() >= 500 ? "Receiver" : "Sender";
            // Codes, messages and the request id are constants or UUIDs: nothing needs escaping.
            String xml =
                    "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>"
                            + type
                            + "</Type><Code>"
                            + error.queryCode()
                            + "</Code><Message>"
                            + error.message()
                            + "</Message></Error><RequestId>"
                            + requestId
                            + "</RequestId></ErrorResponse>";
            return new ErrorReply(error.status(), "text/xml", requestId, null, Buffer.buffer(xml));
        }
    };

    /** Renders {@code error} with a fresh request id. */
    public abstract ErrorReply render(GatewayError error);
}
