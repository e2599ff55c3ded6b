package io.cognate.broker.credentials;

import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.sigv4.SigningCredentials;

/**
 * A session token opened and checked (integrity, key id, expiry): the secret to verify the
 * request's signature with, and the principal. Built once per opened token and kept with it ({@link
 * OpenedSessions}), so the caller's ARN is not assembled again for every request. {@link
 * #toString()} leaves out the secret.
 *
 * @param signingCredentials what SigV4 verification needs; the caller's ARN is the assumed-role ARN
 */
public record ResolvedSession(
        String accessKeyId,
        String secretAccessKey,
        SessionPrincipal principal,
        SigningCredentials signingCredentials) {

    public ResolvedSession(String accessKeyId, String secretAccessKey, SessionPrincipal principal) {
        this(
                accessKeyId,
                secretAccessKey,
                principal,
                new SigningCredentials(
                        accessKeyId,
                        secretAccessKey,
                        new Caller(
                                accessKeyId, principal.accountId(), principal.assumedRoleArn())));
    }

    @Override
    public String toString() {
        return "ResolvedSession[accessKeyId=" + accessKeyId + ", principal=" + principal + "]";
    }
}
