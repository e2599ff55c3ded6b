package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code InvalidLambdaResponseException} (HTTP 400). */
public class InvalidLambdaResponseException extends AwsServiceException {

    public InvalidLambdaResponseException(String message) {
        super(message);
    }
}
