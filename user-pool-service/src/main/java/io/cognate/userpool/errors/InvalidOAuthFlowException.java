package io.cognate.userpool.errors;

import io.cognate.contracts.aws.error.AwsServiceException;

/** AWS error {@code InvalidOAuthFlowException} (HTTP 400): an app client's OAuth flows clash. */
public class InvalidOAuthFlowException extends AwsServiceException {

    public InvalidOAuthFlowException(String message) {
        super(message);
    }
}
