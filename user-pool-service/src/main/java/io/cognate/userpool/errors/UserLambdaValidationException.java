package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code UserLambdaValidationException} (HTTP 400). */
public class UserLambdaValidationException extends AwsServiceException {

    public UserLambdaValidationException(String message) {
        super(message);
    }
}
