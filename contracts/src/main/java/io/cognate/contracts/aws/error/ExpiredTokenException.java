package io.cognate.contracts.aws.error;

/**
 * AWS error {@code ExpiredTokenException} (HTTP 400), the common error of the JSON-protocol
 * services for a request signed with temporary credentials past their expiration.
 */
public class ExpiredTokenException extends AwsServiceException {

    public ExpiredTokenException(String message) {
        super(message);
    }
}
