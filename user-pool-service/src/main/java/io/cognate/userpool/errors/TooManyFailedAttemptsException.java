package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code TooManyFailedAttemptsException} (HTTP 400). */
public class TooManyFailedAttemptsException extends AwsServiceException {

    public TooManyFailedAttemptsException(String message) {
        super(message);
    }
}
