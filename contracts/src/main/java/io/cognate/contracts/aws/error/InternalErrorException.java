package io.cognate.contracts.aws.error;

/** AWS error {@code InternalErrorException} (HTTP 500). */
public class InternalErrorException extends AwsServiceException {

    public InternalErrorException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 500;
    }
}
