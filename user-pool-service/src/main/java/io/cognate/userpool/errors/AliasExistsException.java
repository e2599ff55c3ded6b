package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code AliasExistsException} (HTTP 400). */
public class AliasExistsException extends AwsServiceException {

    public AliasExistsException(String message) {
        super(message);
    }
}
