package io.cognate.broker.sts;

import io.cognate.broker.credentials.IssuedCredentials;
import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.contracts.events.EventMetadata;
import io.cognate.contracts.events.credentials.CredentialsDenied;
import io.cognate.contracts.events.credentials.CredentialsEvent;
import io.cognate.contracts.events.credentials.CredentialsIssued;
import java.time.Instant;

/** Builds the credentials events of one STS request. */
final class CredentialsEvents {

    private CredentialsEvents() {}

    static CredentialsIssued issued(
            String operation, IssuedCredentials issued, String callerArn, Instant now) {
        SessionPrincipal p = issued.principal();
        return new CredentialsIssued(
                EventMetadata.now(CredentialsEvent.SOURCE, 1, now),
                p.accountId(),
                operation,
                p.roleArn(),
                p.sessionName(),
                p.assumedRoleArn(),
                issued.accessKeyId(),
                issued.expiration(),
                callerArn,
                p.sessionTags(),
                p.sourceIdentity());
    }

    static CredentialsDenied denied(
            String operation,
            String accountId,
            String roleArn,
            String sessionName,
            String callerArn,
            String reason,
            String detail,
            Instant now) {
        return new CredentialsDenied(
                EventMetadata.now(CredentialsEvent.SOURCE, 1, now),
                accountId,
                operation,
                roleArn,
                sessionName,
                callerArn,
                reason,
                detail);
    }
}
