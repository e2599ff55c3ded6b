package io.cognate.contracts.aws.error;

import org.jboss.logging.Logger;

/** Turns any failure into a client-safe AWS error, shared by every protocol's reply writer. */
public final class Errors {

    private static final Logger LOG = Logger.getLogger(Errors.class);

    private Errors() {}

    /**
     * Modeled errors pass through; anything else is logged with the request id (never the request
     * body, which may hold secrets) and becomes an {@link InternalErrorException} without detail.
     */
    public static AwsServiceException asServiceError(Throwable failure, String requestId) {
        if (failure instanceof AwsServiceException error) {
            return error;
        }
        LOG.errorf(failure, "Unexpected failure in request %s", requestId);
        return new InternalErrorException("An internal error occurred.");
    }
}
