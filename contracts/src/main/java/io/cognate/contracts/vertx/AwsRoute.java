package io.cognate.contracts.vertx;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.AwsHttpResponse;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.FailureTranslator;
import io.cognate.contracts.aws.OperationRunner;
import io.cognate.contracts.json.AwsJsonDispatcher;
import io.cognate.contracts.model.ServiceModel;
import io.cognate.contracts.query.AwsQueryDispatcher;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Mounts a protocol dispatcher on {@code /} of a Vert.x router: the raw bytes and headers go in
 * untouched (SigV4 signs them), the dispatcher's reply goes out as is.
 */
public final class AwsRoute {

    private static final Logger LOG = Logger.getLogger(AwsRoute.class);

    /** A hard ceiling for the HTTP layer; dispatchers refuse smaller bodies with an AWS error. */
    private static final long HTTP_BODY_LIMIT = 1024 * 1024;

    private AwsRoute() {}

    /** Serves AWS JSON 1.1 on {@code POST /} for the operations of one bundled service model. */
    public static AwsJsonDispatcher mountJson(
            Router router,
            String modelFile,
            SigV4Verifier verifier,
            Collection<? extends AwsOperation<?, ?>> operations,
            Clock clock) {
        return mountJson(router, modelFile, verifier, operations, clock, FailureTranslator.NONE);
    }

    /** As above, with the service's translation of its infrastructure failures. */
    public static AwsJsonDispatcher mountJson(
            Router router,
            String modelFile,
            SigV4Verifier verifier,
            Collection<? extends AwsOperation<?, ?>> operations,
            Clock clock,
            FailureTranslator failures) {
        var dispatcher =
                new AwsJsonDispatcher(
                        new OperationRunner(
                                ServiceModel.fromClasspath(modelFile),
                                verifier,
                                operations,
                                clock,
                                failures));
        mount(router, dispatcher::dispatch, HttpMethod.POST);
        LOG.infof("Serving %d operations of %s", dispatcher.operationNames().size(), modelFile);
        return dispatcher;
    }

    /** Serves the AWS Query protocol on {@code POST /} and {@code GET /}. */
    public static AwsQueryDispatcher mountQuery(
            Router router,
            String modelFile,
            SigV4Verifier verifier,
            Collection<? extends AwsOperation<?, ?>> operations,
            Clock clock) {
        var dispatcher =
                new AwsQueryDispatcher(
                        new OperationRunner(
                                ServiceModel.fromClasspath(modelFile),
                                verifier,
                                operations,
                                clock));
        mount(router, dispatcher::dispatch, HttpMethod.POST, HttpMethod.GET);
        LOG.infof("Serving %d operations of %s", dispatcher.operationNames().size(), modelFile);
        return dispatcher;
    }

    public static void mount(
            Router router,
            Function<AwsHttpRequest, Uni<AwsHttpResponse>> dispatcher,
            HttpMethod... methods) {
        var route = router.route("/").order(-10);
        for (HttpMethod method : methods) {
            route.method(method);
        }
        route.handler(BodyHandler.create(false).setBodyLimit(HTTP_BODY_LIMIT));
        route.handler(ctx -> handle(ctx, dispatcher));
    }

    private static void handle(
            RoutingContext ctx, Function<AwsHttpRequest, Uni<AwsHttpResponse>> dispatcher) {
        HttpServerRequest http = ctx.request();
        Buffer body = ctx.body().buffer();
        AwsHttpRequest request =
                new AwsHttpRequest(
                        http.method().name(),
                        rawPath(http.uri()),
                        http.query(),
                        headers(http),
                        body == null ? new byte[0] : body.getBytes(),
                        http.remoteAddress() == null ? "" : http.remoteAddress().hostAddress());
        dispatcher
                .apply(request)
                .subscribe()
                .with(
                        reply -> {
                            var response = ctx.response().setStatusCode(reply.status());
                            reply.headers().forEach(response::putHeader);
                            response.end(Buffer.buffer(reply.body()));
                        },
                        failure -> {
                            LOG.error("Dispatcher failed outside its error handling", failure);
                            ctx.response().setStatusCode(500).end();
                        });
    }

    private static String rawPath(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    private static Map<String, List<String>> headers(HttpServerRequest http) {
        Map<String, List<String>> headers = new HashMap<>();
        http.headers()
                .forEach(
                        e ->
                                headers.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                        .add(e.getValue()));
        return headers;
    }
}
