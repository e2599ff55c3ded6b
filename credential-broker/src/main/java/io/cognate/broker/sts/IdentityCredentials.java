package io.cognate.broker.sts;

import io.cognate.broker.credentials.IssuedCredentials;
import io.cognate.broker.webidentity.TrustedIssuers;
import io.cognate.broker.webidentity.VerifiedWebIdentity;
import io.cognate.contracts.aws.error.AwsServiceException;
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
import org.jboss.logging.Logger;

/**
 * {@code POST /internal/identity-credentials}: identity-pool-service's GetCredentialsForIdentity
 * hop. It used to mint an RS256 OpenID token and trade it at AssumeRoleWithWebIdentity (one RSA
 * signature and one verification per call); the service instead signs this call with SigV4 and the
 * deployment's root keys (HMAC: microseconds) and states the identity ({@link RootSignedCalls}:
 * only the root keys are accepted; they prove the caller is a Cognate service, which could mint
 * such a token anyway). The identity then goes through the very trust policy, duration and tag
 * checks, minting and events of AssumeRoleWithWebIdentity ({@link WebIdentitySessions}), as
 * provider {@code cognito-identity.amazonaws.com} with session name {@code
 * CognitoIdentityCredentials}; the reply is written by {@link InternalReplies}. Cluster-internal:
 * the gateway refuses {@code /internal}.
 */
@ApplicationScoped
public class IdentityCredentials {

    static final String PATH = "/internal/identity-credentials";
    static final String SIGNING_SERVICE = "sts";
    static final String SESSION_NAME = "CognitoIdentityCredentials";
    private static final long BODY_LIMIT = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(IdentityCredentials.class);

    private final RootSignedCalls calls;
    private final TrustedIssuers issuers;
    private final WebIdentitySessions sessions;
    private final Clock clock;

    IdentityCredentials(
            RootSignedCalls calls,
            TrustedIssuers issuers,
            WebIdentitySessions sessions,
            Clock clock) {
        this.calls = calls;
        this.issuers = issuers;
        this.sessions = sessions;
        this.clock = clock;
    }

    void mount(@Observes Router router) {
        router.route(PATH)
                .method(HttpMethod.POST)
                .handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT))
                .handler(this::issue)
                .failureHandler(InternalReplies::failed);
    }

    private void issue(RoutingContext ctx) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        IdentityCredentialsRequest request;
        RoleArn arn;
        try {
            request =
                    calls.verifiedBody(ctx, SIGNING_SERVICE, IdentityCredentialsRequestReader::read)
                            .validated();
            arn = RoleArn.parse(request.roleArn());
        } catch (AwsServiceException e) {
            InternalReplies.refuse(ctx, e);
            return;
        }
        VerifiedWebIdentity identity;
        try {
            identity = identity(request);
        } catch (AwsServiceException refused) {
            // Tags a token could not carry: refused and recorded as AssumeRoleWithWebIdentity
            // records such a token.
            answer(
                    ctx,
                    arn,
                    sessions.recordIdentityRefusal(
                                    arn, SESSION_NAME, "WEB_IDENTITY_TOKEN_REFUSED", refused, now)
                            .chain(() -> Uni.createFrom().<IssuedCredentials>failure(refused)));
            return;
        }
        WebIdentityChecks.Ask ask =
                new WebIdentityChecks.Ask(
                        arn, SESSION_NAME, request.durationSeconds(), identity, null, now);
        answer(ctx, arn, sessions.issue(ask).map(WebIdentitySessions.Outcome::orThrow));
    }

    private static void answer(RoutingContext ctx, RoleArn arn, Uni<IssuedCredentials> outcome) {
        outcome.subscribe()
                .with(
                        issued -> InternalReplies.credentials(ctx, issued),
                        failure -> {
                            if (failure instanceof AwsServiceException refused) {
                                InternalReplies.refuse(ctx, refused);
                            } else {
                                LOG.errorf(failure, "Cannot issue credentials for %s", arn.value());
                                InternalReplies.error(ctx, 503, "InternalFailure", "Try again.");
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
}
