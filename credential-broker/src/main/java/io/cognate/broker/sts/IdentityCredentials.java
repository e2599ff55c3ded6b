package io.cognate.broker.sts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.broker.credentials.IssuedCredentials;
import io.cognate.broker.platform.CognateConfig;
import io.cognate.broker.webidentity.TrustedIssuers;
import io.cognate.broker.webidentity.VerifiedWebIdentity;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.aws.error.ValidationError;
import io.cognate.contracts.json.AwsJson;
import io.cognate.contracts.sigv4.RootCredentialsStore;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * {@code POST /internal/identity-credentials}: identity-pool-service's GetCredentialsForIdentity
 * hop. It used to mint an RS256 OpenID token and trade it at AssumeRoleWithWebIdentity (one RSA
 * signature and one verification per call); the service instead signs this call with SigV4 and the
 * deployment's root keys (HMAC: microseconds) and states the identity. Only the root keys are
 * accepted (temporary {@code ASIA} keys are {@code InvalidClientTokenId}): they prove the caller is
 * a Cognate service, which could mint such a token anyway. The identity then goes through the very
 * trust policy, duration and tag checks, minting and events of AssumeRoleWithWebIdentity ({@link
 * WebIdentitySessions}), as provider {@code cognito-identity.amazonaws.com} with session name
 * {@code CognitoIdentityCredentials}. Cluster-internal: the gateway refuses {@code /internal}.
 */
@ApplicationScoped
public class IdentityCredentials {

    static final String PATH = "/internal/identity-credentials";
    static final String SIGNING_SERVICE = "sts";
    static final String SESSION_NAME = "CognitoIdentityCredentials";
    private static final long BODY_LIMIT = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(IdentityCredentials.class);
    private static final ObjectMapper JSON = AwsJson.mapper();

    /** The reply: STS's credentials, the expiration in epoch seconds. */
    record Reply(
            String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {
        @Override
        public String toString() {
            return "Reply[accessKeyId=" + accessKeyId + ", secrets redacted]";
        }
    }

    private final SigV4Verifier verifier;
    private final TrustedIssuers issuers;
    private final WebIdentitySessions sessions;
    private final Clock clock;

    IdentityCredentials(
            CognateConfig config,
            TrustedIssuers issuers,
            WebIdentitySessions sessions,
            Clock clock) {
        this.verifier =
                new SigV4Verifier(
                        new RootCredentialsStore(
                                config.root().accessKeyId(),
                                config.root().secretAccessKey(),
                                config.accountId()),
                        config.region(),
                        clock);
        this.issuers = issuers;
        this.sessions = sessions;
        this.clock = clock;
    }

    void mount(@Observes Router router) {
        router.route(PATH)
                .method(HttpMethod.POST)
                .handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT))
                .handler(this::issue)
                .failureHandler(this::failed);
    }

    private void issue(RoutingContext ctx) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        IdentityCredentialsRequest request;
        RoleArn arn;
        try {
            verifier.verify(signed(ctx), SIGNING_SERVICE);
            request = read(ctx).validated();
            arn = RoleArn.parse(request.roleArn());
        } catch (AwsServiceException e) {
            refuse(ctx, e);
            return;
        }
        Uni.createFrom()
                .item(() -> identity(request))
                // Tags a token could not carry: refused and recorded as AssumeRoleWithWebIdentity
                // records such a token.
                .onFailure(AwsServiceException.class)
                .call(
                        failure ->
                                sessions.recordIdentityRefusal(
                                        arn,
                                        SESSION_NAME,
                                        "WEB_IDENTITY_TOKEN_REFUSED",
                                        (AwsServiceException) failure,
                                        now))
                .chain(
                        identity ->
                                sessions.issue(
                                        new WebIdentityChecks.Ask(
                                                arn,
                                                SESSION_NAME,
                                                request.durationSeconds(),
                                                identity,
                                                null,
                                                now)))
                .map(WebIdentitySessions.Outcome::orThrow)
                .subscribe()
                .with(
                        issued -> reply(ctx, 200, reply(issued)),
                        failure -> {
                            if (failure instanceof AwsServiceException refused) {
                                refuse(ctx, refused);
                            } else {
                                LOG.errorf(failure, "Cannot issue credentials for %s", arn.value());
                                reply(ctx, 503, error("InternalFailure", "Try again."));
                            }
                        });
    }

    private VerifiedWebIdentity identity(IdentityCredentialsRequest request) {
        return VerifiedWebIdentity.ofIdentityPool(
                issuers.identityPool(),
                request.identityId(),
                request.identityPoolId(),
                request.amr(),
                request.tags());
    }

    private static AwsHttpRequest signed(RoutingContext ctx) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ctx.request()
                .headers()
                .names()
                .forEach(n -> headers.put(n, ctx.request().headers().getAll(n)));
        // HTTP/2 carries the signed Host as its :authority pseudo-header.
        if (!headers.containsKey("Host") && ctx.request().host() != null) {
            headers.put("Host", List.of(ctx.request().host()));
        }
        String query = ctx.request().query();
        return new AwsHttpRequest(
                ctx.request().method().name(),
                ctx.request().path(),
                query,
                headers,
                ctx.body().buffer() == null ? null : ctx.body().buffer().getBytes(),
                null);
    }

    private static IdentityCredentialsRequest read(RoutingContext ctx) {
        try {
            return JSON.readValue(ctx.body().buffer().getBytes(), IdentityCredentialsRequest.class);
        } catch (java.io.IOException | RuntimeException e) {
            throw new ValidationError("The body is not a valid request.");
        }
    }

    private static Reply reply(IssuedCredentials issued) {
        return new Reply(
                issued.accessKeyId(),
                issued.secretAccessKey(),
                issued.sessionToken(),
                issued.expiration());
    }

    private void failed(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            reply(ctx, 413, error("RequestEntityTooLargeException", "The body is too large."));
        } else if (ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            reply(ctx, ctx.statusCode(), error("ValidationError", "The request was refused."));
        } else {
            ctx.next();
        }
    }

    private static void refuse(RoutingContext ctx, AwsServiceException e) {
        reply(ctx, StsErrorCodes.status(e), error(StsErrorCodes.code(e), e.getMessage()));
    }

    private static Map<String, String> error(String code, String message) {
        return Map.of("__type", code, "message", message);
    }

    private static void reply(RoutingContext ctx, int status, Object body) {
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply record always serialises", e);
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(json);
    }
}
