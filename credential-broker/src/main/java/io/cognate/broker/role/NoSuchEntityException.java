package io.cognate.broker.role;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * IAM error shape {@code NoSuchEntityException} (wire code {@code NoSuchEntity}, HTTP 404): the
 * role or policy named does not exist.
 */
public class NoSuchEntityException extends AwsServiceException {

    public NoSuchEntityException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
