package io.cognate.gateway.routing;

import io.cognate.gateway.platform.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * One streaming reverse proxy per {@link ProxyRoute}, all sharing one keep-alive HTTP client on the
 * Quarkus-managed Vert.x instance. Bodies are piped, never buffered, in both directions.
 */
@Singleton
public class UpstreamProxies {

    private static final Logger LOG = Logger.getLogger(UpstreamProxies.class);

    private final HttpClient client;
    private final Map<ProxyRoute, HttpProxy> proxies = new EnumMap<>(ProxyRoute.class);

    UpstreamProxies(Vertx vertx, GatewayConfig config) {
        GatewayConfig.UpstreamConfig upstream = config.upstream();
        HttpClientOptions options =
                new HttpClientOptions()
                        .setKeepAlive(true)
                        .setKeepAliveTimeout((int) upstream.keepAliveTimeout().toSeconds())
                        .setConnectTimeout((int) upstream.connectTimeout().toMillis())
                        // Bodies pass through as the upstream encoded them.
                        .setDecompressionSupported(false)
                        .setName("cognate-gateway-upstream");
        PoolOptions pool =
                new PoolOptions()
                        .setHttp1MaxSize(upstream.maxConnections())
                        .setMaxWaitQueueSize(upstream.maxWaitQueue());
        this.client = vertx.createHttpClient(options, pool);
        for (ProxyRoute route : ProxyRoute.values()) {
            proxies.put(route, proxy(route, upstream));
        }
        for (Upstream service : Upstream.values()) {
            LOG.infof("Forwarding to %s at %s", service.serviceName(), service.baseUrl(upstream));
        }
    }

    private HttpProxy proxy(ProxyRoute route, GatewayConfig.UpstreamConfig config) {
        // No WebSocket tunnelling: none of the routes speak it.
        HttpProxy proxy =
                HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                        .origin(new UpstreamOrigin(route.upstream(), config));
        if (route.cors()) {
            proxy.addInterceptor(new CorsInterceptor());
        }
        return proxy.addInterceptor(new FailureInterceptor(route))
                .addInterceptor(new BodyLimitInterceptor(route.errorFormat()))
                .addInterceptor(new ForwardingInterceptor());
    }

    /** Streams the request to the route's upstream and its reply back to the client. */
    void forward(ProxyRoute route, RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.version() == HttpVersion.HTTP_1_1
                && "100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            // The body was already judged small enough; let the client send it.
            request.response().writeContinue();
        }
        proxies.get(route).handle(request);
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
