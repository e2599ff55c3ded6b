package io.cognate.gateway.routing;

import io.cognate.gateway.platform.ErrorFormat;
import io.cognate.gateway.platform.GatewayError;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The public routing table (see the module README). Only the paths below are forwarded; anything
 * else, and {@code /internal/*} in any spelling, is a JSON 404.
 */
@Singleton
public class GatewayRoutes {

    /** Before Quarkus's own upload limit (-2), which would answer an empty 413. */
    static final int EDGE_ORDER = -10;

    /** Cognito pool ids: {@code <region>_<alphanumerics>}. */
    private static final Pattern USER_POOL_ID = Pattern.compile("[a-z0-9-]+_[A-Za-z0-9]+");

    private final UpstreamProxies proxies;

    GatewayRoutes(UpstreamProxies proxies) {
        this.proxies = proxies;
    }

    void init(@Observes Router router) {
        router.route().order(EDGE_ORDER).handler(new EdgeGuard());
        router.route("/").method(HttpMethod.OPTIONS).handler(Cors::preflight);
        router.route("/").method(HttpMethod.POST).handler(this::apiPost);
        router.route("/").method(HttpMethod.GET).handler(this::apiGet);
        // Path parameters rather than one regex keep the metrics' uri tag a readable template.
        for (String document : List.of("jwks.json", "openid-configuration")) {
            router.route("/:userPoolId/.well-known/" + document)
                    .method(HttpMethod.GET)
                    .method(HttpMethod.HEAD)
                    .handler(this::poolDocument);
        }
        router.route("/oauth2/*").handler(ctx -> proxies.forward(ProxyRoute.USER_POOL_WEB, ctx));
        for (String document : List.of("jwks_uri", "jwks.json", "openid-configuration")) {
            router.route("/identity/.well-known/" + document)
                    .method(HttpMethod.GET)
                    .method(HttpMethod.HEAD)
                    .handler(ctx -> proxies.forward(ProxyRoute.IDENTITY_POOL_WEB, ctx));
        }
        router.route()
                .last()
                .handler(
                        ctx ->
                                ErrorFormat.JSON
                                        .render(GatewayError.NOT_FOUND)
                                        .send(ctx.response()));
    }

    private void apiPost(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ApiClassifier.forPost(request.getHeader("X-Amz-Target"), request.getHeader("Content-Type"))
                .ifPresentOrElse(
                        route -> proxies.forward(route, ctx),
                        () -> {
                            Cors.decorate(ctx.response().headers());
                            ErrorFormat.JSON
                                    .render(GatewayError.UNKNOWN_OPERATION)
                                    .send(ctx.response());
                        });
    }

    private void poolDocument(RoutingContext ctx) {
        if (USER_POOL_ID.matcher(ctx.pathParam("userPoolId")).matches()) {
            proxies.forward(ProxyRoute.USER_POOL_WEB, ctx);
        } else {
            ctx.next();
        }
    }

    private void apiGet(RoutingContext ctx) {
        if (ctx.request().params().contains("Action")) {
            proxies.forward(ProxyRoute.STS_QUERY, ctx);
        } else {
            ctx.next();
        }
    }
}
