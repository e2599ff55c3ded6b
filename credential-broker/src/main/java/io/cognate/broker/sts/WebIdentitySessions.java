package io.cognate.broker.sts;

import io.cognate.broker.credentials.IssuedCredentials;
import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.credentials.TemporaryCredentials;
import io.cognate.broker.credentials.WebIdentity;
import io.cognate.broker.platform.Outbox;
import io.cognate.broker.role.RoleEntity;
import io.cognate.broker.role.RolesByName;
import io.cognate.broker.webidentity.VerifiedWebIdentity;
import io.cognate.contracts.aws.error.AwsServiceException;
import io.cognate.contracts.events.credentials.CredentialsDenied;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A web identity's session, once the identity is established: the role is read, the trust policy,
 * duration and packed size decided ({@link WebIdentityChecks}), the credentials minted, and the
 * decision written as a CredentialsIssued or CredentialsDenied event. Shared by the public
 * AssumeRoleWithWebIdentity (the identity from a verified token) and identity-pool-service's
 * internal hop ({@link IdentityCredentials}, the identity from a root-signed call), so both decide
 * and record alike. No transaction: the role (held in memory for at most a second, {@link
 * RolesByName}), then one insert (the decision's event), which is atomic on its own.
 */
@ApplicationScoped
class WebIdentitySessions {

    static final String OPERATION = "AssumeRoleWithWebIdentity";

    /** Credentials and their packed size (percent), or the refusal to answer with. */
    record Outcome(
            IssuedCredentials issued,
            int packedPolicySize,
            Refusal refusal,
            VerifiedWebIdentity identity) {

        /** The credentials; throws the refusal's error when refused. */
        IssuedCredentials orThrow() {
            if (refusal != null) {
                throw refusal.error();
            }
            return issued;
        }
    }

    private final Pool pool;
    private final RolesByName roles;
    private final WebIdentityChecks checks;
    private final TemporaryCredentials credentials;
    private final Outbox outbox;

    WebIdentitySessions(
            Pool pool,
            RolesByName roles,
            WebIdentityChecks checks,
            TemporaryCredentials credentials,
            Outbox outbox) {
        this.pool = pool;
        this.roles = roles;
        this.checks = checks;
        this.credentials = credentials;
        this.outbox = outbox;
    }

    /** Decides, mints and records; a refusal's event is written before the outcome is emitted. */
    Uni<Outcome> issue(WebIdentityChecks.Ask ask) {
        return roles.find(pool, ask.arn().roleName()).chain(role -> decide(role, ask));
    }

    /** Records an identity that could not be established (a refused token). */
    Uni<Void> recordIdentityRefusal(
            RoleArn arn,
            String sessionName,
            String reason,
            AwsServiceException failure,
            java.time.Instant now) {
        return outbox.append(
                pool,
                CredentialsEvents.denied(
                        OPERATION,
                        arn.accountId(),
                        arn.value(),
                        sessionName,
                        null,
                        reason,
                        failure.code() + ": " + failure.getMessage(),
                        now));
    }

    private Uni<Outcome> decide(RoleEntity role, WebIdentityChecks.Ask ask) {
        var decision = checks.decide(role, ask);
        if (decision.refusal() != null) {
            return outbox.append(pool, denied(ask, decision.refusal()))
                    .replaceWith(new Outcome(null, 0, decision.refusal(), ask.identity()));
        }
        IssuedCredentials issued = credentials.mint(principal(role, ask));
        return outbox.append(
                        pool,
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
                ask.sessionName(),
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

    private static CredentialsDenied denied(WebIdentityChecks.Ask ask, Refusal refusal) {
        return CredentialsEvents.denied(
                OPERATION,
                ask.arn().accountId(),
                ask.arn().value(),
                ask.sessionName(),
                caller(ask.identity()),
                refusal.reason(),
                refusal.detail(),
                ask.now());
    }

    /** Who asked, for events: the provider and the identity's subject. */
    static String caller(VerifiedWebIdentity identity) {
        return identity.provider() + "/" + identity.subject();
    }
}
