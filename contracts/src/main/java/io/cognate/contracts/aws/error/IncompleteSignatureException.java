package io.cognate.contracts.aws.error;

/** AWS error {@code IncompleteSignatureException} (HTTP 400). */
public class IncompleteSignatureException extends AwsServiceException {

    public IncompleteSignatureException(String message) {
        super(message);
    }
}
