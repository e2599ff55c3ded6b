package io.cognate.bench;

import java.util.Map;

/**
 * Unsigned identity-pool calls over AWS JSON 1.1, as the SDKs send them: {@code GetId} and {@code
 * GetCredentialsForIdentity} with a user-pool ID token in {@code Logins}.
 */
final class Identity {

    /** Temporary credentials as GetCredentialsForIdentity returns them. */
    record Credentials(String identityId, String accessKeyId, String secretKey, String sessionToken) {
        @Override
        public String toString() {
            return "Credentials[identityId=" + identityId + ", accessKeyId=" + accessKeyId + "]";
        }
    }

    private final Http http = new Http();
    private final String endpoint;
    private final String identityPoolId;
    private final String loginsJson;

    /**
     * @param provider the {@code Logins} key, e.g. {@code cognito-idp.us-east-1.amazonaws.com/<poolId>}
     */
    Identity(String endpoint, String identityPoolId, String provider, String idToken) {
        this.endpoint = endpoint;
        this.identityPoolId = identityPoolId;
        this.loginsJson = "{" + Http.json(provider) + ":" + Http.json(idToken) + "}";
    }

    private String call(String action, String body) throws Exception {
        return http.post(
                endpoint,
                Map.of(
                        "Content-Type", "application/x-amz-json-1.1",
                        "X-Amz-Target", "AWSCognitoIdentityService." + action),
                body);
    }

    /** GetId then GetCredentialsForIdentity; both answers are checked. */
    Credentials credentials() throws Exception {
        String id =
                call(
                        "GetId",
                        "{\"IdentityPoolId\":"
                                + Http.json(identityPoolId)
                                + ",\"Logins\":"
                                + loginsJson
                                + "}");
        String identityId = Http.field(id, "IdentityId");
        String answer =
                call(
                        "GetCredentialsForIdentity",
                        "{\"IdentityId\":"
                                + Http.json(identityId)
                                + ",\"Logins\":"
                                + loginsJson
                                + "}");
        return new Credentials(
                identityId,
                Http.field(answer, "AccessKeyId"),
                Http.field(answer, "SecretKey"),
                Http.field(answer, "SessionToken"));
    }
}
