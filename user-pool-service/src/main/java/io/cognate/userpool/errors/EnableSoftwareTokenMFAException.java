package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code EnableSoftwareTokenMFAException} (HTTP 400). */
public class EnableSoftwareTokenMFAException extends AwsServiceException {

    public EnableSoftwareTokenMFAException(String message) {
        super(message);
    }
}
