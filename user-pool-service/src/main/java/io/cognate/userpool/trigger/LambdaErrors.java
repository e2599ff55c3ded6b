package io.cognate.userpool.trigger;

import io.cognate.userpool.errors.InvalidLambdaResponseException;
import io.cognate.userpool.errors.UnexpectedLambdaException;
import io.cognate.userpool.errors.UserLambdaValidationException;

/** The three ways a trigger fails, worded as Cognito words them. */
final class LambdaErrors {

    /** What Cognito answers when a function answers with something that is not the event. */
    static final String UNRECOGNIZABLE = "Unrecognizable lambda output";

    private LambdaErrors() {}

    /** The receiver reported an error: the function "threw". */
    static UserLambdaValidationException functionError(Trigger trigger, String message) {
        return new UserLambdaValidationException(
                trigger.name() + " failed with error " + message + ".");
    }

    /** The receiver could not be called (timeout, unreachable, not allowed). */
    static UnexpectedLambdaException invocationFailed(Trigger trigger, String reason) {
        return new UnexpectedLambdaException(
                trigger.name() + " invocation failed due to error " + reason + ".");
    }

    static InvalidLambdaResponseException unrecognizable() {
        return new InvalidLambdaResponseException(UNRECOGNIZABLE);
    }
}
