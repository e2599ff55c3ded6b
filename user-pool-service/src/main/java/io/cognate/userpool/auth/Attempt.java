package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.AwsServiceException;

/**
 * The result of one sign-in step inside its transaction. A refusal is a value, not a failure, so
 * that the transaction still commits what the refusal must keep (the failure count of the lockout,
 * the SignInFailed event); the operation throws it afterwards.
 */
sealed interface Attempt {

    record Step(AuthStep step) implements Attempt {}

    record Refused(AwsServiceException error) implements Attempt {}

    static Attempt step(AuthStep step) {
        return new Step(step);
    }

    static Attempt refused(AwsServiceException error) {
        return new Refused(error);
    }

    /** The step, or the refusal thrown. */
    default AuthStep orThrow() {
        if (this instanceof Refused refused) {
            throw refused.error();
        }
        return ((Step) this).step();
    }
}
