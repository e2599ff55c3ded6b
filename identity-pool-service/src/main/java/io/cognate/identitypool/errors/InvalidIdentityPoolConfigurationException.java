package io.cognate.identitypool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * AWS error {@code InvalidIdentityPoolConfigurationException} (HTTP 400): the pool lacks the role
 * configuration a request needs.
 */
public class InvalidIdentityPoolConfigurationException extends AwsServiceException {

    public InvalidIdentityPoolConfigurationException(String message) {
        super(message);
    }
}
