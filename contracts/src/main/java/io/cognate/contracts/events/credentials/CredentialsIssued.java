package io.cognate.contracts.events.credentials;

import io.cognate.contracts.events.EventMetadata;
import java.time.Instant;
import java.util.Map;

/**
 * Temporary credentials were issued. The access key id is not secret (AWS logs it too) and lets a
 * later request be traced to this issuance; the secret and the session token are never here.
 *
 * @param operation the STS action that issued them ({@code AssumeRole}, …)
 * @param callerArn who asked (for web identities: the provider's subject), or null
 */
public record CredentialsIssued(
        EventMetadata metadata,
        String accountId,
        String operation,
        String roleArn,
        String roleSessionName,
        String assumedRoleArn,
        String accessKeyId,
        Instant expiration,
        String callerArn,
        Map<String, String> sessionTags,
        String sourceIdentity)
        implements CredentialsEvent {}
