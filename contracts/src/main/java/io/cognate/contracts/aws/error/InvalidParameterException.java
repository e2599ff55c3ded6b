package io.cognate.contracts.aws.error;

/** AWS error {@code InvalidParameterException} (HTTP 400). */
public class InvalidParameterException extends AwsServiceException {

    public InvalidParameterException(String message) {
        super(message);
    }
}
