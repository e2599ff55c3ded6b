package io.cognate.contracts.aws.error;

/** AWS error {@code RequestEntityTooLargeException} (HTTP 413). */
public class RequestEntityTooLargeException extends AwsServiceException {

    public RequestEntityTooLargeException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 413;
    }
}
