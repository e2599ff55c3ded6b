package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code PasswordResetRequiredException} (HTTP 400). */
public class PasswordResetRequiredException extends AwsServiceException {

    public PasswordResetRequiredException(String message) {
        super(message);
    }
}
