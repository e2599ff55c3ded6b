package io.cognate.contracts.aws.error;

/** AWS error {@code ConcurrentModificationException} (HTTP 400). */
public class ConcurrentModificationException extends AwsServiceException {

    public ConcurrentModificationException(String message) {
        super(message);
    }
}
