package io.cognate.broker.testing;

/** Trust and permission policy documents for tests. */
public final class TrustPolicies {

    public static final String ACCOUNT = "000000000000";

    private TrustPolicies() {}

    /** Lets the account (its root and, with permissions, its principals) assume the role. */
    public static String trustingAccount(String... actions) {
        String action =
                actions.length == 0
                        ? "\"sts:AssumeRole\""
                        : "[\"" + String.join("\",\"", actions) + "\"]";
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::"
                + ACCOUNT
                + ":root\"},\"Action\":"
                + action
                + "}]}";
    }

    /** Trusts only another account: nobody here may assume the role. */
    public static String trustingOtherAccount() {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
                + "\"Action\":\"sts:AssumeRole\"}]}";
    }

    public static String s3ReadPolicy() {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\","
                + " \"Action\": [\"s3:GetObject\"], \"Resource\": \"arn:aws:s3:::bucket/*\"}]}";
    }
}
