package io.cognate.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * CORS for the AWS APIs on {@code /}. amazon-cognito-identity-js calls them with {@code fetch(…,
 * {mode: 'cors'})} and custom headers, so every browser sends a pre-flight first; Cognito answers
 * it for any origin, and so do we. Kept here rather than in Quarkus's global CORS filter so that
 * hosted pages and OAuth endpoints can have stricter rules of their own.
 */
final class Cors {

    static final String ALLOW_METHODS = "POST, GET, OPTIONS";
    static final String ALLOW_HEADERS =
            "content-type, x-amz-target, x-amz-user-agent, cache-control, authorization,"
                    + " x-amz-date, x-amz-security-token, amz-sdk-invocation-id, amz-sdk-request";

    /** What real Cognito exposes; SDKs read the request id and error type from these. */
    static final String EXPOSE_HEADERS =
            "x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, Date";

    /** Chrome caps the pre-flight cache at two hours; asking for more buys nothing. */
    static final String MAX_AGE_SECONDS = "7200";

    private Cors() {}

    /** Answers {@code OPTIONS /} without involving any upstream. */
    static void preflight(RoutingContext ctx) {
        MultiMap headers = ctx.response().headers();
        headers.set("Access-Control-Allow-Origin", "*");
        headers.set("Access-Control-Allow-Methods", ALLOW_METHODS);
        headers.set("Access-Control-Allow-Headers", ALLOW_HEADERS);
        headers.set("Access-Control-Max-Age", MAX_AGE_SECONDS);
        ctx.response().setStatusCode(204).end();
    }

    /** Adds the headers a cross-origin caller needs to read an API reply, success or error. */
    static void decorate(MultiMap headers) {
        headers.set("Access-Control-Allow-Origin", "*");
        headers.set("Access-Control-Expose-Headers", EXPOSE_HEADERS);
    }
}
