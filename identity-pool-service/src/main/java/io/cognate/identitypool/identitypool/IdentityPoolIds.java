package io.cognate.identitypool.identitypool;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Identity pool ids ({@code <region>:<uuid>}) and ARNs, as Cognito forms them. */
public final class IdentityPoolIds {

    private static final Pattern ARN =
            Pattern.compile("arn:aws:cognito-identity:([\\w-]+):(\\d{12}):identitypool/(.+)");

    private IdentityPoolIds() {}

    public static String next(String region) {
        return region + ":" + UUID.randomUUID();
    }

    public static String arn(String region, String accountId, String identityPoolId) {
        return "arn:aws:cognito-identity:"
                + region
                + ":"
                + accountId
                + ":identitypool/"
                + identityPoolId;
    }

    /** The pool id an ARN of this region and account names, or null. */
    static String idFromArn(String arn, String region, String accountId) {
        Matcher m = ARN.matcher(arn);
        if (!m.matches() || !m.group(1).equals(region) || !m.group(2).equals(accountId)) {
            return null;
        }
        return m.group(3);
    }
}
