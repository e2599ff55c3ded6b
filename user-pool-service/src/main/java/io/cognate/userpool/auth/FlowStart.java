package io.cognate.userpool.auth;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.AppClient;
import java.util.Map;

/**
 * The first request of a sign-in, once the engine has found the client and checked that the client
 * may use the flow.
 *
 * @param admin true for AdminInitiateAuth (SigV4-signed by an administrator)
 */
record FlowStart(
        AppClient client,
        String authFlow,
        Map<String, String> authParameters,
        Map<String, String> clientMetadata,
        boolean admin,
        RequestContext context) {

    /** An AuthParameters value, or {@code InvalidParameterException} as Cognito words it. */
    String require(String name) {
        return AuthParameters.require(authParameters, name);
    }

    String optional(String name) {
        return authParameters == null ? null : authParameters.get(name);
    }

    /** Never prints the parameters: they carry passwords and tokens. */
    @Override
    public String toString() {
        return "FlowStart[authFlow=%s, client=%s]".formatted(authFlow, client.clientId());
    }
}
