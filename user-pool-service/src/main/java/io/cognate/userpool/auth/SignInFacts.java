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
 */
record SignInFacts(
        AppClient client,
        String authFlow,
        RequestContext context,
        Map<String, String> clientMetadata,
        String deviceKey) {

    SignInFacts(AppClient client, String authFlow, RequestContext context) {
        this(client, authFlow, context, null, null);
    }

    Instant now() {
        return context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
    }
}
