package io.cognate.broker.verify;

import io.cognate.broker.access.SessionPermissions;
import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.platform.CognateConfig;
import io.cognate.broker.policy.Decision;
import io.cognate.broker.policy.DecisionEffect;
import io.cognate.broker.protocol.CallerCredentials;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.sigv4.CredentialsStore;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * {@code POST /internal/verify}: a resource service hands over the parts of a SigV4-signed request
 * it received (method, raw path and query, headers, body hash) and an action and resource; the
 * broker verifies the signature with the credentials it resolves (root keys, or temporary keys and
 * their session token, opened without a lookup) and answers who signed and what the role's policies
 * decide; a presigned URL (SigV4 in the query string, {@link PresignedSigV4}) is verified the same
 * way, its expiry enforced. Cluster-internal: the gateway refuses {@code /internal}. Bad input is a
 * 400, a failed authentication a 401 or 403 with the SigV4 error code the SDKs know.
 */
@ApplicationScoped
public class VerifyResource {

    private static final Logger LOG = Logger.getLogger(VerifyResource.class);
    static final String PATH = "/internal/verify";
    private static final long BODY_LIMIT = 64 * 1024;
    private static final Decision ROOT = new Decision(DecisionEffect.ALLOW, List.of());

    private final CallerCredentials callers;
    private final SessionPermissions permissions;
    private final Pool pool;
    private final Clock clock;
    private final String region;

    VerifyResource(
            CallerCredentials callers,
            SessionPermissions permissions,
            Pool pool,
            Clock clock,
            CognateConfig config) {
        this.callers = callers;
        this.permissions = permissions;
        this.pool = pool;
        this.clock = clock;
        this.region = config.region();
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
        AtomicReference<SessionPrincipal> session = new AtomicReference<>();
        Caller caller;
        try {
            AwsHttpRequest signed =
                    new AwsHttpRequest(
                            request.method(),
                            request.path(),
                            request.query(),
                            request.headers(),
                            null,
                            null);
            boolean presigned = PresignedSigV4.applies(signed);
            CredentialsStore store = callers.boundTo(sessionToken(signed, presigned), session::set);
            caller =
                    HashedPayloadSigV4.verify(
                            signed, request.bodySha256(), request.service(), region, now, store);
        } catch (AwsServiceException e) {
            refuse(ctx, SigV4Refusals.status(e), SigV4Refusals.code(e), e.getMessage());
            return;
        }
        Decision known = decideHeld(request, session.get(), now);
        if (known != null) {
            reply(ctx, 200, VerifyReply.authenticated(caller, session.get(), known));
            return;
        }
        decide(request, session.get(), now)
                .subscribe()
                .with(
                        decision ->
                                reply(
                                        ctx,
                                        200,
                                        VerifyReply.authenticated(caller, session.get(), decision)),
                        failure -> {
                            LOG.errorf(failure, "Cannot decide %s", request.action());
                            refuse(ctx, 503, "InternalFailure", "The decision is unavailable.");
                        });
    }

    /**
     * The decision when it needs no read: always for the account root, which may do anything in its
     * account; for a session when its role's policies are in memory. Null otherwise.
     */
    private Decision decideHeld(VerifyRequest request, SessionPrincipal session, Instant now) {
        if (session == null) {
            return ROOT;
        }
        return permissions.decideHeld(session, ask(request, now));
    }

    /** A session may do what its policies allow, read from the database when not in memory. */
    private Uni<Decision> decide(VerifyRequest request, SessionPrincipal session, Instant now) {
        return permissions.decide(pool, session, ask(request, now));
    }

    private static SessionPermissions.Ask ask(VerifyRequest request, Instant now) {
        return new SessionPermissions.Ask(
                request.action(), request.resource(), null, now, request.context());
    }

    /** A presigned URL carries its session token in the query, a signed request in a header. */
    private static Optional<String> sessionToken(AwsHttpRequest request, boolean presigned) {
        return Optional.ofNullable(
                        presigned
                                ? PresignedSigV4.sessionToken(request)
                                : request.header("X-Amz-Security-Token"))
                .map(String::trim);
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

    private static void refuse(RoutingContext ctx, int status, String code, String message) {
        reply(ctx, status, VerifyReply.refused(code, message));
    }

    private static void reply(RoutingContext ctx, int status, byte[] body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(Buffer.buffer(body));
    }
}
