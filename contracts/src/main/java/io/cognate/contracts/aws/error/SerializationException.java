package io.cognate.contracts.aws.error;

/** AWS error {@code SerializationException} (HTTP 400). */
public class SerializationException extends AwsServiceException {

    public SerializationException(String message) {
        super(message);
    }
}
