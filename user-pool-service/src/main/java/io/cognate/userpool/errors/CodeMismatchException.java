package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code CodeMismatchException} (HTTP 400). */
public class CodeMismatchException extends AwsServiceException {

    public CodeMismatchException(String message) {
        super(message);
    }
}
