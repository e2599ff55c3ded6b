package io.cognate.gateway.routing;

import io.cognate.gateway.platform.ErrorReply;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;

/**
 * The 1 MiB ceiling on request bodies: Cognito's largest inputs are a few KiB, so anything bigger
 * is a mistake or an attack. A declared {@code Content-Length} is refused before a byte of body is
 * read; a chunked body is counted while it streams ({@link LimitedReadStream}).
 */
final class BodyLimit {

    static final long MAX_BYTES = 1024 * 1024;

    private BodyLimit() {}

    /** Whether the request announces a body over the limit. */
    static boolean declaredTooLarge(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.strip()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec or the proxy refuses it
        }
    }

    /**
     * Sends {@code reply} and, on HTTP/1.x, closes the connection: the unread rest of the body
     * would otherwise be parsed as the next request.
     */
    static void refuse(HttpServerRequest request, ErrorReply reply) {
        HttpServerResponse response = request.response();
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        if (http1) {
            response.putHeader("Connection", "close");
        }
        response.setStatusCode(reply.status());
        reply.putHeaders(response.headers());
        response.end(reply.body())
                .onComplete(
                        done -> {
                            if (http1) {
                                request.connection().close();
                            }
                        });
    }
}
