package io.cognate.contracts.aws.error;

/** AWS error {@code NotAuthorizedException} (HTTP 400). */
public class NotAuthorizedException extends AwsServiceException {

    public NotAuthorizedException(String message) {
        super(message);
    }
}
