package io.cognate.broker.verify;

import io.cognate.broker.access.SessionPermissions;
import io.cognate.broker.platform.CognateConfig;
import io.cognate.broker.policy.Decision;
import io.cognate.broker.protocol.CallerCredentials;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * {@code POST /internal/verify}: a resource service hands over the parts of a SigV4-signed request
 * it received (method, raw path and query, headers, body hash) and an action and resource; the
 * broker verifies the signature with the credentials it resolves (root keys, or temporary keys and
 * their session token, opened without a lookup; {@link VerifiedSigner}) and answers who signed and
 * what the role's policies decide ({@link VerifyDecisions}); a presigned URL (SigV4 in the query
 * string, {@link PresignedSigV4}) is verified the same way, its expiry enforced. Cluster-internal:
 * the gateway refuses {@code /internal}. Bad input is a 400, a failed authentication a 401 or 403
 * with the SigV4 error code the SDKs know. A plain Vert.x route: no REST layer on the way.
 */
@ApplicationScoped
public class VerifyResource {

    private static final Logger LOG = Logger.getLogger(VerifyResource.class);
    static final String PATH = "/internal/verify";
    private static final long BODY_LIMIT = 64 * 1024;
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");

    private final CallerCredentials callers;
    private final VerifyDecisions decisions;
    private final Clock clock;
    private final String region;

    /**
     * Answers by outcome: the path is left out of Micrometer's per-request HTTP timer (see
     * application.properties), and these two pre-registered counters cost an add each.
     */
    private final Counter decided;

    private final Counter refused;

    VerifyResource(
            CallerCredentials callers,
            SessionPermissions permissions,
            Pool pool,
            Clock clock,
            CognateConfig config,
            MeterRegistry registry) {
        this.callers = callers;
        this.decisions = new VerifyDecisions(permissions, pool);
        this.clock = clock;
        this.region = config.region();
        this.decided = answers(registry, "decided");
        this.refused = answers(registry, "refused");
    }

    private static Counter answers(MeterRegistry registry, String outcome) {
        return Counter.builder("cognate.broker.verify.requests")
                .description("/internal/verify answers: decided (200) or refused")
                .tag("outcome", outcome)
                .register(registry);
    }

    void mount(@Observes Router router) {
        router.route(PATH)
                .method(HttpMethod.POST)
                .handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT))
                .handler(this::verify)
                .failureHandler(this::failed);
    }

    private void verify(RoutingContext ctx) {
        VerifyRequest request;
        try {
            Buffer body = ctx.body().buffer();
            request = VerifyRequestReader.read(body == null ? new byte[0] : body.getBytes());
        } catch (IOException e) {
            refuse(ctx, 400, "SerializationException", "The body is not valid JSON.");
            return;
        } catch (VerifyRequest.Invalid e) {
            refuse(ctx, 400, "ValidationException", e.getMessage());
            return;
        }
        Instant now = clock.instant();
        VerifiedSigner signer;
        try {
            signer = VerifiedSigner.of(request, callers, region, now);
        } catch (AwsServiceException e) {
            refuse(ctx, SigV4Refusals.status(e), SigV4Refusals.code(e), e.getMessage());
            return;
        }
        Decision known = decisions.held(request, signer, now);
        if (known != null) {
            reply(ctx, 200, VerifyReply.authenticated(signer.caller(), signer.session(), known));
            return;
        }
        decisions
                .read(request, signer, now)
                .subscribe()
                .with(
                        decision ->
                                reply(
                                        ctx,
                                        200,
                                        VerifyReply.authenticated(
                                                signer.caller(), signer.session(), decision)),
                        failure -> {
                            LOG.errorf(failure, "Cannot decide %s", request.action());
                            refuse(ctx, 503, "InternalFailure", "The decision is unavailable.");
                        });
    }

    private void failed(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            refuse(ctx, 413, "RequestEntityTooLargeException", "The body is too large.");
        } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            refuse(ctx, ctx.statusCode(), "ValidationException", "The request was refused.");
        } else {
            ctx.next();
        }
    }

    private void refuse(RoutingContext ctx, int status, String code, String message) {
        reply(ctx, status, VerifyReply.refused(code, message));
    }

    private void reply(RoutingContext ctx, int status, byte[] body) {
        (status == 200 ? decided : refused).increment();
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .end(Buffer.buffer(body));
    }
}
