package io.cognate.broker.webidentity;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * STS error shape {@code InvalidIdentityTokenException} (wire code {@code InvalidIdentityToken},
 * HTTP 400): the web identity token is not one STS can accept: malformed, from an issuer that is
 * not trusted, signed with a refused algorithm or an unknown key, or with claims that do not hold
 * (audience, not-before, issued-at).
 */
public class InvalidIdentityTokenException extends AwsServiceException {

    public InvalidIdentityTokenException(String message) {
        super(message);
    }
}
