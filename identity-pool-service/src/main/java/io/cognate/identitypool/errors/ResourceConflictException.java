package io.cognate.identitypool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * AWS error {@code ResourceConflictException} (HTTP 400): a login or identifier is already in use
 * by another identity, or a request contradicts stored state.
 */
public class ResourceConflictException extends AwsServiceException {

    public ResourceConflictException(String message) {
        super(message);
    }
}
