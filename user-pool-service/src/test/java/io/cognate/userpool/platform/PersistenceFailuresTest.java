package io.cognate.userpool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.contracts.aws.error.ConcurrentModificationException;
import jakarta.persistence.OptimisticLockException;
import java.util.concurrent.CompletionException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

class PersistenceFailuresTest {

    private final PersistenceFailures failures = new PersistenceFailures();

    @Test
    void translateWhenStaleRowAtCommitThenConcurrentModification() {
        var stale = new StaleObjectStateException("UserPoolEntity", "us-east-1_X");

        assertThat(failures.translate(new CompletionException(stale)))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(failures.translate(new OptimisticLockException("version")))
                .isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void translateWhenFailureIsSomethingElseThenUnchanged() {
        var other = new IllegalStateException("database down");

        assertThat(failures.translate(other)).isSameAs(other);
    }
}
