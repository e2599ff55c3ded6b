package io.cognate.contracts.aws.error;

/**
 * AWS Query error {@code ValidationError} (HTTP 400): what STS and IAM answer where JSON services
 * say {@code InvalidParameterException}, with the same "N validation errors detected" message.
 */
public class ValidationError extends AwsServiceException {

    public ValidationError(String message) {
        super(message);
    }
}
