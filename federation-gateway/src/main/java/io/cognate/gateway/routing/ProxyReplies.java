package io.cognate.gateway.routing;

import io.cognate.gateway.platform.ErrorReply;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyResponse;

/** Turns a gateway error into the proxy's response when the upstream exchange failed. */
final class ProxyReplies {

    private ProxyReplies() {}

    static ProxyResponse of(ProxyContext ctx, ErrorReply reply) {
        // release() drops the unsent request body (resuming the client's stream so it drains).
        ProxyResponse response = ctx.request().release().response();
        response.setStatusCode(reply.status());
        reply.putHeaders(response.headers());
        response.setBody(Body.body(reply.body()));
        return response;
    }
}
