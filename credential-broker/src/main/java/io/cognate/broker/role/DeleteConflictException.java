package io.cognate.broker.role;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * IAM error shape {@code DeleteConflictException} (wire code {@code DeleteConflict}, HTTP 409): the
 * role still has inline policies.
 */
public class DeleteConflictException extends AwsServiceException {

    public DeleteConflictException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
