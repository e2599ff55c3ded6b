package io.cognate.broker.webidentity;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * STS error shape {@code ExpiredTokenException} (wire code {@code ExpiredTokenException}, HTTP
 * 400): the web identity token is past its {@code exp}. Not the SigV4 {@code ExpiredToken} of
 * expired temporary credentials.
 */
public class ExpiredTokenException extends AwsServiceException {

    public ExpiredTokenException(String message) {
        super(message);
    }
}
