package io.cognate.contracts.aws.error;

/** AWS error {@code UnknownOperationException} (HTTP 400). */
public class UnknownOperationException extends AwsServiceException {

    public UnknownOperationException(String message) {
        super(message);
    }
}
