package io.cognate.gateway.routing;

import io.cognate.gateway.platform.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import java.net.URI;
import org.jboss.logging.Logger;

/**
 * Opens the request to one upstream and gives it the client's own {@code Host} header.
 *
 * <p>vertx-http-proxy 4.5 never copies {@code Host}: the upstream request carries the authority of
 * its {@link RequestOptions} ({@code localhost} with {@code OriginRequestProvider.fixedAddress}).
 * SigV4 signs {@code Host}, so a rewritten value breaks every signed call. {@code
 * ProxyRequest#setAuthority} would restore it only approximately (Vert.x drops a default port such
 * as {@code :80}), so the header is copied byte for byte instead; Vert.x keeps a {@code Host}
 * header that is already set.
 */
final class UpstreamOrigin implements OriginRequestProvider {

    private static final Logger LOG = Logger.getLogger(UpstreamOrigin.class);

    private final RequestOptions template;

    UpstreamOrigin(Upstream upstream, GatewayConfig.UpstreamConfig config) {
        URI url = upstream.baseUrl(config);
        String scheme = url.getScheme() == null ? "" : url.getScheme();
        boolean ssl = scheme.equalsIgnoreCase("https");
        boolean noPath =
                url.getRawPath() == null
                        || url.getRawPath().isEmpty()
                        || "/".equals(url.getRawPath());
        if (!(ssl || scheme.equalsIgnoreCase("http"))
                || url.getHost() == null
                || !noPath
                || url.getRawQuery() != null) {
            throw new IllegalArgumentException(
                    "cognate.upstream."
                            + upstream.serviceName()
                            + " must be http(s)://host[:port] without a path, got "
                            + url);
        }
        String host = url.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        this.template =
                new RequestOptions()
                        .setHost(host)
                        .setPort(url.getPort() >= 0 ? url.getPort() : ssl ? 443 : 80)
                        .setSsl(ssl)
                        // Covers the wait for a pooled connection as well as the TCP connect.
                        .setConnectTimeout(config.connectTimeout().toMillis())
                        .setIdleTimeout(config.idleTimeout().toMillis());
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext ctx) {
        HttpServerRequest incoming = ctx.request().proxiedRequest();
        return ctx.client()
                .request(new RequestOptions(template))
                .map(
                        request -> {
                            String host = incoming.getHeader("Host");
                            if (host == null && incoming.authority() != null) {
                                host = incoming.authority().toString(); // HTTP/2 :authority
                            }
                            if (host != null) {
                                request.putHeader("Host", host);
                            }
                            // Failures also fail the response future, where FailureInterceptor and
                            // BodyLimitInterceptor answer them; without a handler Vert.x would log
                            // each abandoned request (e.g. an oversize body) as an ERROR.
                            request.exceptionHandler(
                                    failure -> LOG.debugf("Upstream request ended: %s", failure));
                            return request;
                        });
    }
}
