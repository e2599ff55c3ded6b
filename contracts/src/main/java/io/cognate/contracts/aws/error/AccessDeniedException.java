package io.cognate.contracts.aws.error;

/** AWS error {@code AccessDeniedException} (HTTP 403). */
public class AccessDeniedException extends AwsServiceException {

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
