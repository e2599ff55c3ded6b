package io.cognate.userpool.auth;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.AppClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What every step of one sign-in knows: the client, the flow it started with, and the request. */
record SignInFacts(AppClient client, String authFlow, RequestContext context) {

    Instant now() {
        return context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
    }
}
