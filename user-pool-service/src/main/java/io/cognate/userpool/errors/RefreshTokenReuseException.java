package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code RefreshTokenReuseException} (HTTP 400). */
public class RefreshTokenReuseException extends AwsServiceException {

    public RefreshTokenReuseException(String message) {
        super(message);
    }
}
