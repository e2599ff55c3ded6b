package io.cognate.contracts.aws.error;

/**
 * AWS Query error {@code MissingParameter} (HTTP 400): a protocol parameter such as {@code Version}
 * is absent.
 */
public class MissingParameter extends AwsServiceException {

    public MissingParameter(String message) {
        super(message);
    }
}
