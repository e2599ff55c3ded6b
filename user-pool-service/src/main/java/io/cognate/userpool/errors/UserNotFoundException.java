package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code UserNotFoundException} (HTTP 400). */
public class UserNotFoundException extends AwsServiceException {

    public UserNotFoundException(String message) {
        super(message);
    }
}
