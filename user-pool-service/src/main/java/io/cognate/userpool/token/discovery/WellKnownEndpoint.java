package io.cognate.userpool.token.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.userpool.platform.CognateConfig;
import io.cognate.userpool.token.Issuers;
import io.cognate.userpool.token.keys.SigningKeys;
import io.cognate.userpool.userpool.UserPoolStore;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * {@code GET /{userPoolId}/.well-known/jwks.json} and {@code …/openid-configuration}, the paths the
 * gateway forwards; cacheable by clients and proxies. A pool gets its keys here at the latest, so
 * its JWKS never changes between the first request and its first sign-in. The AWS API is on {@code
 * POST /} only, so the paths never meet.
 */
@ApplicationScoped
public class WellKnownEndpoint {

    private static final Logger LOG = Logger.getLogger(WellKnownEndpoint.class);
    private static final Pattern POOL_ID = Pattern.compile("[\\w-]+_[0-9a-zA-Z]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UserPoolStore pools;
    private final SigningKeys keys;
    private final Issuers issuers;
    private final Clock clock;
    private final String cacheControl;

    WellKnownEndpoint(
            UserPoolStore pools,
            SigningKeys keys,
            Issuers issuers,
            Clock clock,
            CognateConfig config) {
        this.pools = pools;
        this.keys = keys;
        this.issuers = issuers;
        this.clock = clock;
        this.cacheControl = "public, max-age=" + config.tokens().discoveryMaxAge().toSeconds();
    }

    void mount(@Observes Router router) {
        route(
                router,
                "jwks.json",
                id -> keys.current(id).map(k -> PoolDocuments.jwks(k, clock.instant())));
        route(
                router,
                "openid-configuration",
                id -> Uni.createFrom().item(PoolDocuments.openIdConfiguration(issuers, id)));
    }

    private void route(
            Router router, String document, Function<String, Uni<Map<String, Object>>> content) {
        router.route("/:userPoolId/.well-known/" + document)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(ctx -> serve(ctx, content));
    }

    private void serve(RoutingContext ctx, Function<String, Uni<Map<String, Object>>> content) {
        String poolId = ctx.pathParam("userPoolId");
        if (poolId == null || poolId.length() > 55 || !POOL_ID.matcher(poolId).matches()) {
            reply(ctx, 404, "no-store", notFound(poolId));
            return;
        }
        Panache.withSession(() -> pools.requireExists(poolId))
                .chain(() -> content.apply(poolId))
                .subscribe()
                .with(
                        doc -> reply(ctx, 200, cacheControl, doc),
                        failure -> {
                            if (failure instanceof AwsServiceException aws
                                    && aws.httpStatus() < 500) {
                                reply(ctx, 404, "no-store", notFound(poolId));
                            } else {
                                LOG.error("Could not serve a pool document", failure);
                                reply(ctx, 500, "no-store", Map.of("message", "Internal error"));
                            }
                        });
    }

    private static Map<String, Object> notFound(String poolId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("__type", "ResourceNotFoundException");
        body.put("message", "User pool " + poolId + " does not exist.");
        return body;
    }

    private static void reply(
            RoutingContext ctx, int status, String cacheControl, Map<String, Object> body) {
        try {
            ctx.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", cacheControl)
                    .end(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(500).end();
        }
    }
}
