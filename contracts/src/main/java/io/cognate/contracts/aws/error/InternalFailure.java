package io.cognate.contracts.aws.error;

/**
 * AWS Query error {@code InternalFailure} (HTTP 500): the Query protocol's name for an unexpected
 * server failure; carries no detail.
 */
public class InternalFailure extends AwsServiceException {

    public InternalFailure(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 500;
    }
}
