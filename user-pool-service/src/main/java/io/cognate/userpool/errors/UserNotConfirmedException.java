package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code UserNotConfirmedException} (HTTP 400). */
public class UserNotConfirmedException extends AwsServiceException {

    public UserNotConfirmedException(String message) {
        super(message);
    }
}
