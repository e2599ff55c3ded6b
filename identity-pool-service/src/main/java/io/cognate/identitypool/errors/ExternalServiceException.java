package io.cognate.identitypool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * AWS error {@code ExternalServiceException} (HTTP 400): a login provider could not be reached to
 * verify a token.
 */
public class ExternalServiceException extends AwsServiceException {

    public ExternalServiceException(String message) {
        super(message);
    }
}
