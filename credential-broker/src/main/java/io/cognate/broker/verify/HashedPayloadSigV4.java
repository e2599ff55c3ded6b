package io.cognate.broker.verify;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.MissingAuthenticationTokenException;
import io.cognate.contracts.sigv4.CredentialsStore;
import io.cognate.contracts.sigv4.SigV4Verifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * SigV4 ({@code Authorization} header form) for a request whose body the broker never sees, only
 * its SHA-256: contracts' {@link SigV4Verifier#verifyHashed}, so the canonical form, checks, order
 * and messages are the services' own, for the {@code Authorization} header form and for presigned
 * URLs alike.
 */
final class HashedPayloadSigV4 {

    private HashedPayloadSigV4() {}

    /**
     * @return who signed
     * @throws io.cognate.contracts.aws.error.AwsServiceException the SigV4 error to answer with
     */
    static Caller verify(
            AwsHttpRequest request,
            String payloadHash,
            String service,
            String region,
            Instant now,
            CredentialsStore store) {
        if (request.header("Authorization") == null && !PresignedSigV4.applies(request)) {
            throw new MissingAuthenticationTokenException("Missing Authentication Token");
        }
        return new SigV4Verifier(store, region, Clock.fixed(now, ZoneOffset.UTC))
                .verifyHashed(request, service, payloadHash);
    }
}
