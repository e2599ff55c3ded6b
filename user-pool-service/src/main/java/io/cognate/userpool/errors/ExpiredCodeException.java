package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code ExpiredCodeException} (HTTP 400). */
public class ExpiredCodeException extends AwsServiceException {

    public ExpiredCodeException(String message) {
        super(message);
    }
}
