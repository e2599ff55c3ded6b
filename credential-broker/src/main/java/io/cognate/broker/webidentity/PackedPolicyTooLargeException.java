package io.cognate.broker.webidentity;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * STS error shape {@code PackedPolicyTooLargeException} (wire code {@code PackedPolicyTooLarge},
 * HTTP 400): the session policy and session tags together exceed what a session may carry.
 */
public class PackedPolicyTooLargeException extends AwsServiceException {

    public PackedPolicyTooLargeException(String message) {
        super(message);
    }
}
