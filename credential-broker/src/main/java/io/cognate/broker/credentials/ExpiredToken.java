package io.cognate.broker.credentials;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * AWS error {@code ExpiredToken} (HTTP 403): the request's session token is past its expiration.
 * Not the STS model's {@code ExpiredTokenException}, which is about an expired web identity token
 * handed to AssumeRoleWithWebIdentity.
 */
public class ExpiredToken extends AwsServiceException {

    public ExpiredToken(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
