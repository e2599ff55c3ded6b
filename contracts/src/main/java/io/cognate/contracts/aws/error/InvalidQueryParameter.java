package io.cognate.contracts.aws.error;

/**
 * AWS Query error {@code InvalidQueryParameter} (HTTP 400): the query string or form body is
 * malformed (bad percent-encoding, a repeated parameter, a body that is not a form).
 */
public class InvalidQueryParameter extends AwsServiceException {

    public InvalidQueryParameter(String message) {
        super(message);
    }
}
