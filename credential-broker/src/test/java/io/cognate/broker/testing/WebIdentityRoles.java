package io.cognate.broker.testing;

/** Trust policies for web identity federation, as the Cognito console writes them. */
public final class WebIdentityRoles {

    private WebIdentityRoles() {}

    /**
     * Trusts identity-pool tokens of {@code poolId} whose {@code amr} contains {@code amr}; with
     * {@code tagSession} also lets them pass session tags.
     */
    public static String trustingIdentityPool(String poolId, String amr, boolean tagSession) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Federated\":\"cognito-identity.amazonaws.com\"},"
                + "\"Action\":"
                + (tagSession
                        ? "[\"sts:AssumeRoleWithWebIdentity\",\"sts:TagSession\"]"
                        : "\"sts:AssumeRoleWithWebIdentity\"")
                + ",\"Condition\":{\"StringEquals\":{\"cognito-identity.amazonaws.com:aud\":\""
                + poolId
                + "\"},\"ForAnyValue:StringLike\":{\"cognito-identity.amazonaws.com:amr\":\""
                + amr
                + "\"}}}]}";
    }

    /** Trusts the test OIDC provider's tokens for its client id. */
    public static String trustingOidcProvider() {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Federated\":\"oidc.cognate.test/tenant\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringEquals\":"
                + "{\"oidc.cognate.test/tenant:aud\":\""
                + WebIdentityIssuers.OIDC_CLIENT_ID
                + "\"}}}]}";
    }
}
