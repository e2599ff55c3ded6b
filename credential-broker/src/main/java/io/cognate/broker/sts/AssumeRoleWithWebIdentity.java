package io.cognate.broker.sts;

import io.cognate.broker.credentials.IssuedCredentials;
import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.credentials.WebIdentity;
import io.cognate.broker.webidentity.WebIdentityTokens;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.aws.error.ValidationError;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Temporary credentials for the holder of a web identity token (unsigned): the token must verify
 * ({@link WebIdentityTokens}: a configured issuer, its configured keys, its claims), then the
 * role's trust policy must allow the federated provider {@code sts:AssumeRoleWithWebIdentity} with
 * the token's {@code <provider>:aud/sub/amr} keys, plus {@code sts:TagSession} when the token
 * carries session tags ({@link WebIdentityChecks}, through {@link WebIdentitySessions}, which
 * identity-pool-service's internal hop shares). Every decision is an outbox event; a refusal's
 * event commits before the error is answered.
 */
@ApplicationScoped
public class AssumeRoleWithWebIdentity
        implements AwsOperation<
                AssumeRoleWithWebIdentity.Request, AssumeRoleWithWebIdentity.Response> {

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

    private final WebIdentityTokens tokens;
    private final WebIdentitySessions sessions;

    AssumeRoleWithWebIdentity(WebIdentityTokens tokens, WebIdentitySessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
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
                                sessions.recordIdentityRefusal(
                                        arn,
                                        request.roleSessionName(),
                                        "WEB_IDENTITY_TOKEN_REFUSED",
                                        (AwsServiceException) failure,
                                        now))
                .chain(
                        identity ->
                                sessions.issue(
                                        new WebIdentityChecks.Ask(
                                                arn,
                                                request.roleSessionName(),
                                                request.durationSeconds(),
                                                identity,
                                                policy,
                                                now)))
                .map(AssumeRoleWithWebIdentity::respond);
    }

    private static Response respond(WebIdentitySessions.Outcome outcome) {
        IssuedCredentials issued = outcome.orThrow();
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
