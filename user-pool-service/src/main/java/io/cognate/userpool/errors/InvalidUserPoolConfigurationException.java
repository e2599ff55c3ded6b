package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code InvalidUserPoolConfigurationException} (HTTP 400). */
public class InvalidUserPoolConfigurationException extends AwsServiceException {

    public InvalidUserPoolConfigurationException(String message) {
        super(message);
    }
}
