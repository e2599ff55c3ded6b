package io.cognate.broker.role;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * IAM error shape {@code EntityAlreadyExistsException} (wire code {@code EntityAlreadyExists}, HTTP
 * 409): an entity with the name given already exists.
 */
public class EntityAlreadyExistsException extends AwsServiceException {

    public EntityAlreadyExistsException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
