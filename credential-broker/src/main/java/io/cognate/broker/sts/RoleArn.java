package io.cognate.broker.sts;

import io.cognate.contracts.aws.error.ValidationError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A role ARN taken apart: {@code arn:aws:iam::<account>:role<path><name>}. */
record RoleArn(String value, String accountId, String path, String roleName) {

    private static final Pattern ARN =
            Pattern.compile(
                    "arn:aws:iam::([0-9]{12}):role(/|/[\\u0021-\\u007E]*/)([\\w+=,.@-]{1,64})");

    static RoleArn parse(String value) {
        Matcher m = ARN.matcher(value);
        if (!m.matches()) {
            throw new ValidationError("Request ARN is invalid");
        }
        return new RoleArn(value, m.group(1), m.group(2), m.group(3));
    }
}
