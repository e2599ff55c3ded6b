package io.cognate.broker.access;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * AWS error shape {@code MalformedPolicyDocumentException} of IAM and STS (wire code {@code
 * MalformedPolicyDocument}, HTTP 400): a policy document that is not valid policy grammar.
 */
public class MalformedPolicyDocumentException extends AwsServiceException {

    public MalformedPolicyDocumentException(String message) {
        super(message);
    }
}
