package io.cognate.contracts.events.credentials;

import io.cognate.contracts.events.EventMetadata;

/**
 * A request for temporary credentials was refused.
 *
 * @param operation the STS action asked ({@code AssumeRole}, …)
 * @param roleArn the role asked for, as the caller named it
 * @param reason a stable code: {@code ROLE_NOT_FOUND}, {@code CALLER_NOT_AUTHORIZED}, {@code
 *     TRUST_POLICY_DENIED}, {@code DURATION_EXCEEDS_ROLE_MAXIMUM}, {@code
 *     DURATION_EXCEEDS_CHAINING_LIMIT}
 * @param detail a human explanation (the trust evaluation's reason); never a secret
 */
public record CredentialsDenied(
        EventMetadata metadata,
        String accountId,
        String operation,
        String roleArn,
        String roleSessionName,
        String callerArn,
        String reason,
        String detail)
        implements CredentialsEvent {}
