package io.cognate.userpool.user;

import io.cognate.contracts.aws.error.ConcurrentModificationException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Function;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Flushes inside the operation so that a unique constraint lost to a concurrent request becomes the
 * AWS error the client expects instead of a 500 at commit.
 */
final class Writes {

    private Writes() {}

    /**
     * @param onConstraint maps a violated constraint's name to the AWS error (null: rethrow as is)
     */
    static Uni<Void> flush(Function<String, RuntimeException> onConstraint) {
        return Panache.getSession()
                .chain(session -> session.flush())
                .onFailure()
                .transform(failure -> translate(failure, onConstraint));
    }

    private static Throwable translate(
            Throwable failure, Function<String, RuntimeException> onConstraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String constraint = null;
            if (cause instanceof ConstraintViolationException violation) {
                constraint = violation.getConstraintName();
            } else if (cause instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                constraint = pg.getConstraint();
            } else if (cause instanceof StaleStateException
                    || cause instanceof OptimisticLockException) {
                return new ConcurrentModificationException(
                        "The user was changed by another request; retry.");
            }
            if (constraint != null) {
                RuntimeException mapped = onConstraint.apply(constraint);
                if (mapped != null) {
                    return mapped;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return failure;
    }
}
