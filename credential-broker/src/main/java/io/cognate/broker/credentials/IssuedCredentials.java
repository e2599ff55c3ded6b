package io.cognate.broker.credentials;

import java.time.Instant;

/**
 * Freshly minted temporary credentials, to hand to the caller once; nothing of them is stored.
 * {@link #toString()} leaves out the secret and the session token.
 */
public record IssuedCredentials(
        String accessKeyId,
        String secretAccessKey,
        String sessionToken,
        Instant expiration,
        SessionPrincipal principal) {

    @Override
    public String toString() {
        return "IssuedCredentials[accessKeyId="
                + accessKeyId
                + ", expiration="
                + expiration
                + ", principal="
                + principal
                + "]";
    }
}
