package io.cognate.contracts.aws.error;

/** AWS error {@code LimitExceededException} (HTTP 400). */
public class LimitExceededException extends AwsServiceException {

    public LimitExceededException(String message) {
        super(message);
    }
}
