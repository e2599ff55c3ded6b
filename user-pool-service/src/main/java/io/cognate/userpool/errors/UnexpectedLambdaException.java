package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code UnexpectedLambdaException} (HTTP 400). */
public class UnexpectedLambdaException extends AwsServiceException {

    public UnexpectedLambdaException(String message) {
        super(message);
    }
}
