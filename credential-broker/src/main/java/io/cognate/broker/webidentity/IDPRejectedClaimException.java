package io.cognate.broker.webidentity;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * STS error shape {@code IDPRejectedClaimException} (wire code {@code IDPRejectedClaim}, HTTP 403):
 * the token verifies, but one of its claims cannot become part of a session (for instance malformed
 * session tags under {@code https://aws.amazon.com/tags}).
 */
public class IDPRejectedClaimException extends AwsServiceException {

    public IDPRejectedClaimException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
