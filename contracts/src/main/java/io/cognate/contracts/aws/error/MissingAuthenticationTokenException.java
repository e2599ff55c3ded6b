package io.cognate.contracts.aws.error;

/** AWS error {@code MissingAuthenticationTokenException} (HTTP 403). */
public class MissingAuthenticationTokenException extends AwsServiceException {

    public MissingAuthenticationTokenException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
