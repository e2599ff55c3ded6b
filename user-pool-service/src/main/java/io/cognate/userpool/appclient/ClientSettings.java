package io.cognate.userpool.appclient;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.contracts.json.AwsJson;
import java.util.List;
import java.util.Map;

/**
 * The settings of an app client, member for member as the model's {@code UserPoolClientType} names
 * them (without ids, names, dates and the secret). As request input every member may be null; as
 * stored by {@link ClientRules} Cognito's defaults are filled in, and only {@code ReadAttributes},
 * {@code WriteAttributes}, the OAuth lists and the optional structures stay null when not given, as
 * Cognito leaves them out of its answers.
 */
public record ClientSettings(
        Integer refreshTokenValidity,
        Integer accessTokenValidity,
        Integer idTokenValidity,
        TokenValidityUnits tokenValidityUnits,
        List<String> readAttributes,
        List<String> writeAttributes,
        List<String> explicitAuthFlows,
        List<String> supportedIdentityProviders,
        List<String> callbackURLs,
        List<String> logoutURLs,
        String defaultRedirectURI,
        List<String> allowedOAuthFlows,
        List<String> allowedOAuthScopes,
        Boolean allowedOAuthFlowsUserPoolClient,
        JsonNode analyticsConfiguration,
        String preventUserExistenceErrors,
        Boolean enableTokenRevocation,
        Boolean enablePropagateAdditionalUserContextData,
        Integer authSessionValidity,
        JsonNode refreshTokenRotation) {

    /** The settings members of a Create/UpdateUserPoolClient body; other members are ignored. */
    static ClientSettings fromInput(JsonNode body) {
        return AwsJson.mapper().convertValue(body, ClientSettings.class);
    }

    @SuppressWarnings("unchecked")
    static ClientSettings fromStored(Map<String, Object> stored) {
        return AwsJson.mapper().convertValue(stored, ClientSettings.class);
    }

    /** The stored JSONB form: AWS member names, null members left out. */
    @SuppressWarnings("unchecked")
    Map<String, Object> toStored() {
        return AwsJson.mapper().convertValue(this, Map.class);
    }
}
