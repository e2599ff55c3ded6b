package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code UnsupportedUserStateException} (HTTP 400). */
public class UnsupportedUserStateException extends AwsServiceException {

    public UnsupportedUserStateException(String message) {
        super(message);
    }
}
