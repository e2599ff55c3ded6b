package io.cognate.identitypool.identitypool;

/**
 * A user pool app client whose ID tokens are accepted as logins: {@code ProviderName} is {@code
 * cognito-idp.<region>.amazonaws.com/<userPoolId>}.
 */
public record CognitoIdentityProvider(
        String providerName, String clientId, Boolean serverSideTokenCheck) {

    /** The key of this provider in {@code RoleMappings}: the provider name and the client id. */
    public String roleMappingKey() {
        return providerName + ":" + clientId;
    }
}
