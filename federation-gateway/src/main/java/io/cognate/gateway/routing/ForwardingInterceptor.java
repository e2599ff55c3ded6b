package io.cognate.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;
import java.util.Locale;

/**
 * Request and response headers as a well-behaved reverse proxy sends them. Everything SigV4 signs
 * passes untouched; what this adds ({@code X-Forwarded-*}) is never signed by SDKs. Fills the gaps
 * of vertx-http-proxy 4.5, which strips the fixed hop-by-hop request headers but neither the
 * headers a {@code Connection} header names nor any hop-by-hop header of the response.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private static final List<String> HOP_BY_HOP =
            List.of(
                    "connection",
                    "keep-alive",
                    "proxy-authenticate",
                    "proxy-authorization",
                    "te",
                    "trailer",
                    "upgrade");

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext ctx) {
        ProxyRequest request = ctx.request();
        HttpServerRequest incoming = request.proxiedRequest();
        MultiMap headers = request.headers();
        removeConnectionNominated(headers);
        // The gateway answered "100 Continue" itself; the upstream gets the body straight away.
        headers.remove("Expect");
        if (incoming.remoteAddress() != null) {
            String client = incoming.remoteAddress().hostAddress();
            List<String> prior = headers.getAll("X-Forwarded-For");
            headers.set(
                    "X-Forwarded-For",
                    prior.isEmpty() ? client : String.join(", ", prior) + ", " + client);
        }
        headers.set("X-Forwarded-Proto", incoming.scheme());
        String host = incoming.getHeader("Host");
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        if (!request.getURI().startsWith("/")) {
            // An absolute-form target (GET http://host/path) goes upstream in origin form.
            String query = incoming.query();
            request.setURI(incoming.path() + (query == null ? "" : "?" + query));
        }
        return ctx.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext ctx) {
        MultiMap headers = ctx.response().headers();
        removeConnectionNominated(headers);
        HOP_BY_HOP.forEach(headers::remove);
        return ctx.sendResponse();
    }

    /** RFC 9110 §7.6.1: headers listed in {@code Connection} apply to this hop only. */
    private static void removeConnectionNominated(MultiMap headers) {
        for (String connection : headers.getAll("Connection")) {
            for (String token : connection.split(",")) {
                String name = token.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    headers.remove(name);
                }
            }
        }
    }
}
