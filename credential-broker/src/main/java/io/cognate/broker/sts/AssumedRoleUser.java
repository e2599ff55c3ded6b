package io.cognate.broker.sts;

import io.cognate.broker.credentials.SessionPrincipal;

/** STS's {@code AssumedRoleUser}: {@code AROA…:<session>} and the assumed-role ARN. */
public record AssumedRoleUser(String assumedRoleId, String arn) {

    static AssumedRoleUser of(SessionPrincipal principal) {
        return new AssumedRoleUser(principal.assumedRoleId(), principal.assumedRoleArn());
    }
}
