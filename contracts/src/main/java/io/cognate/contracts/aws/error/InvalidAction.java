package io.cognate.contracts.aws.error;

/**
 * AWS Query error {@code InvalidAction} (HTTP 400): the {@code Action} is missing, unknown, or not
 * offered in the requested {@code Version}.
 */
public class InvalidAction extends AwsServiceException {

    public InvalidAction(String message) {
        super(message);
    }
}
