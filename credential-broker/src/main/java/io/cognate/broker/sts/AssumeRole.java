package io.cognate.broker.sts;

import io.cognate.broker.credentials.IssuedCredentials;
import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.credentials.TemporaryCredentials;
import io.cognate.broker.platform.Outbox;
import io.cognate.broker.protocol.CallerCredentials;
import io.cognate.broker.role.RoleEntity;
import io.cognate.broker.role.RoleStore;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.RequestContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Temporary credentials for a role, for a SigV4-signed caller the role trusts ({@link
 * AssumeRoleChecks}). {@code ExternalId} becomes the trust policy's {@code sts:ExternalId} key;
 * {@code SerialNumber} and {@code TokenCode} are accepted and ignored (Cognate has no MFA devices,
 * so {@code aws:MultiFactorAuthPresent} is never true). Every decision is recorded as {@code
 * CredentialsIssued} or {@code CredentialsDenied} in the outbox; a refusal's event commits before
 * the error is answered.
 */
@ApplicationScoped
public class AssumeRole implements AwsOperation<AssumeRole.Request, AssumeRole.Response> {

    static final int DEFAULT_DURATION_SECONDS = 3600;

    public record Request(
            String roleArn,
            String roleSessionName,
            List<Object> policyArns,
            String policy,
            Integer durationSeconds,
            List<SessionTag> tags,
            List<String> transitiveTagKeys,
            String externalId,
            String serialNumber,
            String tokenCode,
            String sourceIdentity) {}

    public record Response(
            Credentials credentials, AssumedRoleUser assumedRoleUser, String sourceIdentity) {}

    private record Outcome(IssuedCredentials issued, Refusal refusal) {}

    private final Pool pool;
    private final RoleStore roles;
    private final AssumeRoleChecks checks;
    private final TemporaryCredentials credentials;
    private final CallerCredentials callers;
    private final Outbox outbox;

    AssumeRole(
            Pool pool,
            RoleStore roles,
            AssumeRoleChecks checks,
            TemporaryCredentials credentials,
            CallerCredentials callers,
            Outbox outbox) {
        this.pool = pool;
        this.roles = roles;
        this.checks = checks;
        this.credentials = credentials;
        this.callers = callers;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        Caller caller = context.caller().orElseThrow();
        Optional<SessionPrincipal> callerSession = callers.sessionOf(caller);
        RoleArn arn = RoleArn.parse(request.roleArn());
        Map<String, String> tags = SessionRequestRules.sessionTags(request.tags(), callerSession);
        List<String> transitive =
                SessionRequestRules.transitiveTagKeys(
                        request.transitiveTagKeys(), tags, callerSession);
        String policy = SessionRequestRules.sessionPolicy(request.policy(), request.policyArns());
        int duration =
                request.durationSeconds() == null
                        ? DEFAULT_DURATION_SECONDS
                        : request.durationSeconds();
        Ask ask =
                new Ask(
                        request,
                        context,
                        caller,
                        arn,
                        callerSession,
                        duration,
                        tags,
                        transitive,
                        policy,
                        context.receivedAt().truncatedTo(ChronoUnit.SECONDS));
        return pool.withTransaction(
                        sql ->
                                roles.findByName(sql, arn.roleName())
                                        .chain(role -> decide(sql, role, ask)))
                .map(AssumeRole::respond);
    }

    /** What the request asks for, once checked for form. */
    private record Ask(
            Request request,
            RequestContext context,
            Caller caller,
            RoleArn arn,
            Optional<SessionPrincipal> callerSession,
            int duration,
            Map<String, String> tags,
            List<String> transitiveTagKeys,
            String sessionPolicy,
            Instant now) {}

    private Uni<Outcome> decide(SqlClient sql, RoleEntity role, Ask ask) {
        Map<String, String> requestedTags =
                SessionRequestRules.sessionTags(ask.request().tags(), Optional.empty());
        return checks.refusal(
                        sql,
                        role,
                        ask.arn(),
                        new AssumeRoleChecks.Ask(
                                ask.context(),
                                ask.callerSession(),
                                ask.duration(),
                                requestedTags,
                                ask.request().sourceIdentity(),
                                ask.request().externalId()))
                .chain(
                        refusal ->
                                refusal.isPresent()
                                        ? refuse(sql, ask, refusal.get())
                                        : issue(sql, principal(role, ask), ask));
    }

    private static SessionPrincipal principal(RoleEntity role, Ask ask) {
        return new SessionPrincipal(
                ask.caller().accountId(),
                role.arn(),
                role.roleId(),
                role.roleName(),
                ask.request().roleSessionName(),
                ask.now(),
                ask.now().plusSeconds(ask.duration()),
                ask.tags(),
                ask.transitiveTagKeys(),
                ask.request().sourceIdentity(),
                ask.sessionPolicy(),
                null);
    }

    private Uni<Outcome> issue(SqlClient sql, SessionPrincipal principal, Ask ask) {
        IssuedCredentials issued = credentials.mint(principal);
        return outbox.append(
                        sql,
                        CredentialsEvents.issued(
                                "AssumeRole", issued, ask.caller().arn(), ask.now()))
                .replaceWith(new Outcome(issued, null));
    }

    private Uni<Outcome> refuse(SqlClient sql, Ask ask, Refusal refusal) {
        return outbox.append(
                        sql,
                        CredentialsEvents.denied(
                                "AssumeRole",
                                ask.caller().accountId(),
                                ask.arn().value(),
                                ask.request().roleSessionName(),
                                ask.caller().arn(),
                                refusal.reason(),
                                refusal.detail(),
                                ask.now()))
                .replaceWith(new Outcome(null, refusal));
    }

    private static Response respond(Outcome outcome) {
        if (outcome.refusal() != null) {
            throw outcome.refusal().error();
        }
        IssuedCredentials issued = outcome.issued();
        return new Response(
                Credentials.of(issued),
                AssumedRoleUser.of(issued.principal()),
                issued.principal().sourceIdentity());
    }
}
