package io.cognate.broker.role;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * IAM error shape {@code InvalidInputException} (wire code {@code InvalidInput}, HTTP 400): a
 * parameter value is invalid beyond what the model says.
 */
public class InvalidInputException extends AwsServiceException {

    public InvalidInputException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
