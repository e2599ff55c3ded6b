package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code UnauthorizedException} (HTTP 400). */
public class UnauthorizedException extends AwsServiceException {

    public UnauthorizedException(String message) {
        super(message);
    }
}
