package io.cognate.broker.sts;

import io.cognate.broker.credentials.IssuedCredentials;
import java.time.Instant;

/** STS's {@code Credentials} shape. {@link #toString()} leaves out the secret and the token. */
public record Credentials(
        String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration) {

    static Credentials of(IssuedCredentials issued) {
        return new Credentials(
                issued.accessKeyId(),
                issued.secretAccessKey(),
                issued.sessionToken(),
                issued.expiration());
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", expiration=" + expiration + "]";
    }
}
