package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code InvalidPasswordException} (HTTP 400). */
public class InvalidPasswordException extends AwsServiceException {

    public InvalidPasswordException(String message) {
        super(message);
    }
}
