package io.cognate.contracts.aws;

/**
 * Lets a service turn failures of its own infrastructure into the AWS errors they mean (an
 * optimistic-lock conflict at commit is Cognito's {@code ConcurrentModificationException}), so that
 * nothing a client can provoke becomes a 500. Failures it does not recognise are returned
 * unchanged.
 */
@FunctionalInterface
public interface FailureTranslator {

    FailureTranslator NONE = failure -> failure;

    Throwable translate(Throwable failure);
}
