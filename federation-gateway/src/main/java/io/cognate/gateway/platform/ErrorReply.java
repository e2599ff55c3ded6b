package io.cognate.gateway.platform;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * A rendered gateway error, ready to go out either directly or as a proxy response.
 *
 * @param errorType the {@code x-amzn-ErrorType} value, or null when the protocol has none
 */
public record ErrorReply(
        int status, String contentType, String requestId, String errorType, Buffer body) {

    /** Copies the protocol headers into {@code headers}. */
    public void putHeaders(MultiMap headers) {
        headers.set("Content-Type", contentType);
        headers.set("x-amzn-RequestId", requestId);
        if (errorType != null) {
            headers.set("x-amzn-ErrorType", errorType);
        }
    }

    /** Ends {@code response} with this error. */
    public void send(HttpServerResponse response) {
        response.setStatusCode(status);
        putHeaders(response.headers());
        response.end(body);
    }
}
