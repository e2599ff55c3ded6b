package io.cognate.gateway.routing;

import io.cognate.gateway.platform.GatewayError;
import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

/**
 * Answers an upstream that cannot be reached, refuses the connection or stays silent with an AWS
 * error body instead of vertx-http-proxy's empty 502, so SDKs see a parseable, retryable error.
 */
final class FailureInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(FailureInterceptor.class);

    private final ProxyRoute route;

    FailureInterceptor(ProxyRoute route) {
        this.route = route;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        return ctx.sendRequest()
                .recover(
                        failure -> {
                            var reply =
                                    route.errorFormat().render(GatewayError.UPSTREAM_UNAVAILABLE);
                            // Path only: query strings of OAuth calls can carry codes.
                            LOG.warnf(
                                    "%s unavailable for %s %s (request %s): %s",
                                    route.upstream().serviceName(),
                                    ctx.request().getMethod(),
                                    ctx.request().proxiedRequest().path(),
                                    reply.requestId(),
                                    failure.toString());
                            return Future.succeededFuture(ProxyReplies.of(ctx, reply));
                        });
    }
}
