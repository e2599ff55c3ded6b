package io.cognate.contracts.aws;

import java.time.Instant;
import java.util.Optional;

/**
 * Facts about the request an operation may need, without touching HTTP.
 *
 * @param requestId the id echoed in {@code x-amzn-RequestId}
 * @param operation the AWS operation name
 * @param caller the verified SigV4 caller, empty for public (unsigned) operations
 * @param sourceIp the client address
 * @param receivedAt when the request arrived
 */
public record RequestContext(
        String requestId,
        String operation,
        Optional<Caller> caller,
        String sourceIp,
        Instant receivedAt) {}
