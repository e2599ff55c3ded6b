package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code UsernameExistsException} (HTTP 400). */
public class UsernameExistsException extends AwsServiceException {

    public UsernameExistsException(String message) {
        super(message);
    }
}
