package io.cognate.broker.webidentity;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * STS error shape {@code IDPCommunicationErrorException} (wire code {@code IDPCommunicationError},
 * HTTP 400): the issuer's JWKS could not be fetched, so the token cannot be verified now; the
 * caller may retry.
 */
public class IDPCommunicationErrorException extends AwsServiceException {

    public IDPCommunicationErrorException(String message) {
        super(message);
    }
}
