package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code UnsupportedTokenTypeException} (HTTP 400). */
public class UnsupportedTokenTypeException extends AwsServiceException {

    public UnsupportedTokenTypeException(String message) {
        super(message);
    }
}
