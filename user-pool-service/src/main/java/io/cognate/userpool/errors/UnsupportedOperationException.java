package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code UnsupportedOperationException} (HTTP 400). */
public class UnsupportedOperationException extends AwsServiceException {

    public UnsupportedOperationException(String message) {
        super(message);
    }
}
