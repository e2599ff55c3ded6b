package io.cognate.userpool.trigger;

/**
 * A call that got no answer (timeout, refused or reset connection, gateway error): worth another
 * attempt, then an UnexpectedLambdaException.
 */
final class WebhookUnreachable extends RuntimeException {

    WebhookUnreachable(String reason) {
        super(reason, null, false, false);
    }
}
