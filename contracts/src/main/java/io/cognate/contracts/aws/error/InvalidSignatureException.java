package io.cognate.contracts.aws.error;

/** AWS error {@code InvalidSignatureException} (HTTP 403). */
public class InvalidSignatureException extends AwsServiceException {

    public InvalidSignatureException(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
