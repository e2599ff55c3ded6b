package io.cognate.broker.sts;

import io.cognate.broker.access.ActionAuthorizer;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * Why credentials are not issued: the event's stable reason code and detail, and the error the
 * caller gets — AWS's generic {@code AccessDenied} for anything about who may assume the role, so a
 * refused caller learns nothing about the role or its trust policy.
 */
record Refusal(String reason, String detail, AwsServiceException error) {

    static Refusal notAuthorized(
            String reason, String detail, Caller caller, String action, String roleArn) {
        return new Refusal(reason, detail, ActionAuthorizer.notAuthorized(caller, action, roleArn));
    }
}
