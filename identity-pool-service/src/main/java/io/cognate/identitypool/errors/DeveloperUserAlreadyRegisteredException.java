package io.cognate.identitypool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * AWS error {@code DeveloperUserAlreadyRegisteredException} (HTTP 400): the developer user
 * identifier is already linked to another identity of the pool.
 */
public class DeveloperUserAlreadyRegisteredException extends AwsServiceException {

    public DeveloperUserAlreadyRegisteredException(String message) {
        super(message);
    }
}
