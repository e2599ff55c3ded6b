package io.cognate.gateway.routing;

import io.cognate.gateway.platform.ErrorFormat;
import io.cognate.gateway.platform.GatewayError;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Enforces {@link BodyLimit} on bodies without a declared length while they stream upstream: once
 * the budget is spent the upstream request is abandoned and the client gets 413 and a closed
 * connection. (Declared lengths were already checked by {@link EdgeGuard}.)
 */
final class BodyLimitInterceptor implements ProxyInterceptor {

    private static final String EXCEEDED = "cognate.body-limit-exceeded";

    private final ErrorFormat errorFormat;

    BodyLimitInterceptor(ErrorFormat errorFormat) {
        this.errorFormat = errorFormat;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        Body body = ctx.request().getBody();
        if (body != null && body.length() < 0) {
            ctx.request()
                    .setBody(
                            Body.body(
                                    new LimitedReadStream(
                                            body.stream(),
                                            BodyLimit.MAX_BYTES,
                                            () -> ctx.set(EXCEEDED, Boolean.TRUE)),
                                    -1));
        }
        return ctx.sendRequest()
                .recover(
                        failure ->
                                exceeded(ctx)
                                        ? Future.succeededFuture(
                                                ProxyReplies.of(
                                                        ctx,
                                                        errorFormat.render(
                                                                GatewayError.BODY_TOO_LARGE)))
                                        : Future.failedFuture(failure));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext ctx) {
        if (!exceeded(ctx)) {
            return ctx.sendResponse();
        }
        HttpServerRequest incoming = ctx.request().proxiedRequest();
        if (incoming.version() == HttpVersion.HTTP_2) {
            return ctx.sendResponse();
        }
        // The rest of the body is still on the wire; only closing the connection gets rid of it.
        ctx.response().putHeader("Connection", "close");
        return ctx.sendResponse().onComplete(done -> incoming.connection().close());
    }

    private static boolean exceeded(ProxyContext ctx) {
        return Boolean.TRUE.equals(ctx.get(EXCEEDED, Boolean.class));
    }
}
