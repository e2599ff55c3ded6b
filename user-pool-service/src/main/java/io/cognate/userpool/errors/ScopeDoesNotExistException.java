package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code ScopeDoesNotExistException} (HTTP 400): an OAuth scope names nothing. */
public class ScopeDoesNotExistException extends AwsServiceException {

    public ScopeDoesNotExistException(String message) {
        super(message);
    }
}
