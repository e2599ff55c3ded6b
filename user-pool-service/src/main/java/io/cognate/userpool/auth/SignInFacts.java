package io.cognate.userpool.auth;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.AppClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * What every step of one sign-in knows: the client, the flow it started with, and the request.
 *
 * @param clientMetadata the request's ClientMetadata (handed to triggers), null when absent
 * @param deviceKey the DEVICE_KEY the client presented for this sign-in, null when none
 * @param tokenSource the PreTokenGeneration trigger source when tokens issued at this step are not
 *     a plain {@code TokenGeneration_Authentication} (NEW_PASSWORD_REQUIRED,
 *     DEVICE_PASSWORD_VERIFIER answered); null otherwise. Not carried across a later challenge.
 */
record SignInFacts(
        AppClient client,
        String authFlow,
        RequestContext context,
        Map<String, String> clientMetadata,
        String deviceKey,
        String tokenSource) {

    SignInFacts(AppClient client, String authFlow, RequestContext context) {
        this(client, authFlow, context, null, null);
    }

    SignInFacts(
            AppClient client,
            String authFlow,
            RequestContext context,
            Map<String, String> clientMetadata,
            String deviceKey) {
        this(client, authFlow, context, clientMetadata, deviceKey, null);
    }

    /** These facts, for a step whose tokens have {@code source} as their trigger source. */
    SignInFacts withTokenSource(String source) {
        return new SignInFacts(client, authFlow, context, clientMetadata, deviceKey, source);
    }

    Instant now() {
        return context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
    }
}
