package io.cognate.identitypool.platform;

import io.cognate.contracts.aws.FailureTranslator;
import io.cognate.contracts.aws.error.ConcurrentModificationException;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/**
 * Two requests that change the same row race on its version column; the loser's commit fails with
 * an optimistic-lock exception after the operation's code has finished. Cognito calls that {@code
 * ConcurrentModificationException}; the client may retry.
 */
public final class PersistenceFailures implements FailureTranslator {

    @Override
    public Throwable translate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleStateException || cause instanceof OptimisticLockException) {
                return new ConcurrentModificationException(
                        "The resource was changed by another request at the same time; retry.");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return failure;
    }
}
