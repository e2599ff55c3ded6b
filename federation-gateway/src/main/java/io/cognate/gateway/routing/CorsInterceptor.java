package io.cognate.gateway.routing;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;

/** Adds the CORS reply headers to every API response, the upstream's and the gateway's own. */
final class CorsInterceptor implements ProxyInterceptor {

    @Override
    public Future<Void> handleProxyResponse(ProxyContext ctx) {
        Cors.decorate(ctx.response().headers());
        return ctx.sendResponse();
    }
}
