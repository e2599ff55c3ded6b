package io.cognate.broker.credentials;

import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.sigv4.SigningCredentials;

/**
 * A session token opened and checked (integrity, key id, expiry): the secret to verify the
 * request's signature with, and the principal. {@link #toString()} leaves out the secret.
 */
public record ResolvedSession(
        String accessKeyId, String secretAccessKey, SessionPrincipal principal) {

    /** What SigV4 verification needs; the caller's ARN is the assumed-role ARN. */
    public SigningCredentials signingCredentials() {
        return new SigningCredentials(
                accessKeyId,
                secretAccessKey,
                new Caller(accessKeyId, principal.accountId(), principal.assumedRoleArn()));
    }

    @Override
    public String toString() {
        return "ResolvedSession[accessKeyId=" + accessKeyId + ", principal=" + principal + "]";
    }
}
