package io.cognate.contracts.aws.error;

/** AWS error {@code TooManyRequestsException} (HTTP 400). */
public class TooManyRequestsException extends AwsServiceException {

    public TooManyRequestsException(String message) {
        super(message);
    }
}
