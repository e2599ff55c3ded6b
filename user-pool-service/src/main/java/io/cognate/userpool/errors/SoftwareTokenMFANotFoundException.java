package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code SoftwareTokenMFANotFoundException} (HTTP 400). */
public class SoftwareTokenMFANotFoundException extends AwsServiceException {

    public SoftwareTokenMFANotFoundException(String message) {
        super(message);
    }
}
