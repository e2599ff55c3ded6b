package io.cognate.broker.policy;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * IAM and STS error {@code MalformedPolicyDocument} (HTTP 400): a policy document that is not valid
 * JSON or breaks the policy grammar. Messages are the ones IAM answers (for instance {@code Policy
 * statement must contain actions.}), so scripts written against AWS read the same text.
 */
public class MalformedPolicyDocument extends AwsServiceException {

    static final String INVALID_JSON = "This policy contains invalid Json";
    static final String SYNTAX = "Syntax errors in policy.";

    public MalformedPolicyDocument(String message) {
        super(message);
    }
}
