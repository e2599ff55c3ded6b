package io.cognate.contracts.aws.error;

/** AWS error {@code UnrecognizedClientException} (HTTP 403). */
public class UnrecognizedClientException extends AwsServiceException {

    public UnrecognizedClientException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
