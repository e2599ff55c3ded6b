package io.cognate.broker.sts;

import io.cognate.broker.credentials.IssuedCredentials;
import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.credentials.TemporaryCredentials;
import io.cognate.broker.credentials.WebIdentity;
import io.cognate.broker.platform.Outbox;
import io.cognate.broker.role.RoleEntity;
import io.cognate.broker.role.RoleStore;
import io.cognate.broker.webidentity.VerifiedWebIdentity;
import io.cognate.broker.webidentity.WebIdentityTokens;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.aws.error.ValidationError;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Temporary credentials for the holder of a web identity token (unsigned): the token must verify
 * ({@link WebIdentityTokens}: a configured issuer, its configured keys, its claims), then the
 * role's trust policy must allow the federated provider {@code sts:AssumeRoleWithWebIdentity} with
 * the token's {@code <provider>:aud/sub/amr} keys, plus {@code sts:TagSession} when the token
 * carries session tags ({@link WebIdentityChecks}). Every decision is an outbox event; a refusal's
 * event commits before the error is answered.
 */
@ApplicationScoped
public class AssumeRoleWithWebIdentity
        implements AwsOperation<
                AssumeRoleWithWebIdentity.Request, AssumeRoleWithWebIdentity.Response> {

    static final String OPERATION = "AssumeRoleWithWebIdentity";

    public record Request(
            String roleArn,
            String roleSessionName,
            String webIdentityToken,
            String providerId,
            List<Object> policyArns,
            String policy,
            Integer durationSeconds,
            Integer minimumSessionTokenSize) {

        @Override
        public String toString() {
            return "Request[roleArn=" + roleArn + ", roleSessionName=" + roleSessionName + "]";
        }
    }

    public record Response(
            Credentials credentials,
            String subjectFromWebIdentityToken,
            AssumedRoleUser assumedRoleUser,
            Integer packedPolicySize,
            String provider,
            String audience,
            String sourceIdentity) {}

    private final Pool pool;
    private final RoleStore roles;
    private final WebIdentityTokens tokens;
    private final WebIdentityChecks checks;
    private final TemporaryCredentials credentials;
    private final Outbox outbox;

    AssumeRoleWithWebIdentity(
            Pool pool,
            RoleStore roles,
            WebIdentityTokens tokens,
            WebIdentityChecks checks,
            TemporaryCredentials credentials,
            Outbox outbox) {
        this.pool = pool;
        this.roles = roles;
        this.tokens = tokens;
        this.checks = checks;
        this.credentials = credentials;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        RoleArn arn = RoleArn.parse(request.roleArn());
        if (request.providerId() != null) {
            throw new ValidationError(
                    "ProviderId is only for OAuth 2.0 access tokens, which Cognate does not"
                            + " accept: pass an OpenID Connect ID token without ProviderId.");
        }
        String policy = SessionRequestRules.sessionPolicy(request.policy(), request.policyArns());
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.SECONDS);
        return tokens.verify(request.webIdentityToken())
                .onFailure(AwsServiceException.class)
                .call(
                        failure ->
                                recordTokenRefusal(
                                        request, arn, (AwsServiceException) failure, now))
                // No transaction: one read, then one insert (the decision's event), which is
                // atomic on its own; BEGIN and COMMIT were half of the statements of a request.
                .chain(
                        identity ->
                                roles.findByName(pool, arn.roleName())
                                        .chain(
                                                role ->
                                                        decide(
                                                                pool,
                                                                role,
                                                                new WebIdentityChecks.Ask(
                                                                        arn, request, identity,
                                                                        policy, now))))
                .map(AssumeRoleWithWebIdentity::respond);
    }

    private record Outcome(
            IssuedCredentials issued,
            int packedPolicySize,
            Refusal refusal,
            VerifiedWebIdentity identity) {}

    private Uni<Outcome> decide(SqlClient sql, RoleEntity role, WebIdentityChecks.Ask ask) {
        var decision = checks.decide(role, ask);
        if (decision.refusal() != null) {
            return outbox.append(sql, denied(ask, decision.refusal()))
                    .replaceWith(new Outcome(null, 0, decision.refusal(), ask.identity()));
        }
        IssuedCredentials issued = credentials.mint(principal(role, ask));
        return outbox.append(
                        sql,
                        CredentialsEvents.issued(
                                OPERATION, issued, caller(ask.identity()), ask.now()))
                .replaceWith(
                        new Outcome(issued, decision.packedPolicySize(), null, ask.identity()));
    }

    private static SessionPrincipal principal(RoleEntity role, WebIdentityChecks.Ask ask) {
        VerifiedWebIdentity identity = ask.identity();
        return new SessionPrincipal(
                ask.arn().accountId(),
                role.arn(),
                role.roleId(),
                role.roleName(),
                ask.request().roleSessionName(),
                ask.now(),
                ask.now().plusSeconds(ask.duration()),
                identity.principalTags(),
                identity.transitiveTagKeys(),
                null,
                ask.sessionPolicy(),
                new WebIdentity(
                        identity.provider(),
                        identity.subject(),
                        identity.audience(),
                        identity.amr()));
    }

    private Uni<Void> recordTokenRefusal(
            Request request, RoleArn arn, AwsServiceException failure, Instant now) {
        return outbox.append(
                pool,
                CredentialsEvents.denied(
                        OPERATION,
                        arn.accountId(),
                        arn.value(),
                        request.roleSessionName(),
                        null,
                        "WEB_IDENTITY_TOKEN_REFUSED",
                        failure.code() + ": " + failure.getMessage(),
                        now));
    }

    private static io.cognate.contracts.events.credentials.CredentialsDenied denied(
            WebIdentityChecks.Ask ask, Refusal refusal) {
        return CredentialsEvents.denied(
                OPERATION,
                ask.arn().accountId(),
                ask.arn().value(),
                ask.request().roleSessionName(),
                caller(ask.identity()),
                refusal.reason(),
                refusal.detail(),
                ask.now());
    }

    /** Who asked, for events: the provider and the token's subject. */
    static String caller(VerifiedWebIdentity identity) {
        return identity.provider() + "/" + identity.subject();
    }

    private static Response respond(Outcome outcome) {
        if (outcome.refusal() != null) {
            throw outcome.refusal().error();
        }
        IssuedCredentials issued = outcome.issued();
        SessionPrincipal principal = issued.principal();
        WebIdentity web = principal.webIdentity();
        return new Response(
                Credentials.of(issued),
                web.subject(),
                AssumedRoleUser.of(principal),
                outcome.packedPolicySize() > 0 ? outcome.packedPolicySize() : null,
                outcome.identity().issuer().responseProvider(),
                web.audience(),
                null);
    }
}
