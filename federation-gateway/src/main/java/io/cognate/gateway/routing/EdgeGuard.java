package io.cognate.gateway.routing;

import io.cognate.gateway.platform.ErrorFormat;
import io.cognate.gateway.platform.ErrorReply;
import io.cognate.gateway.platform.GatewayError;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The first handler every request meets: refuses {@code /internal/*} in any disguise (with the same
 * 404 as an unknown path, so nothing is revealed) and bodies declared larger than {@link
 * BodyLimit#MAX_BYTES}, before any route or upstream sees them.
 */
final class EdgeGuard implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (InternalPaths.isInternal(request.path())) {
            ErrorFormat.JSON.render(GatewayError.NOT_FOUND).send(ctx.response());
            return;
        }
        if (BodyLimit.declaredTooLarge(request)) {
            boolean api = "/".equals(request.path());
            ErrorFormat format =
                    api
                            ? ApiClassifier.of(request)
                                    .map(ProxyRoute::errorFormat)
                                    .orElse(ErrorFormat.JSON)
                            : ErrorFormat.JSON;
            ErrorReply reply = format.render(GatewayError.BODY_TOO_LARGE);
            if (api) {
                Cors.decorate(ctx.response().headers());
            }
            BodyLimit.refuse(request, reply);
            return;
        }
        ctx.next();
    }
}
