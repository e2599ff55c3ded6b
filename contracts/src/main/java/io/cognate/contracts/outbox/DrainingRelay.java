package io.cognate.contracts.outbox;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs an outbox relay's batches one at a time, and after a full batch the next one at once rather
 * than at the next poll, until a batch comes back short (the backlog is gone) or fails (the rows
 * stay, and the next poll retries). Each batch is an {@link OutboxRelay}: rows sent oldest first
 * and marked sent only after Kafka acknowledged them, in the transaction that locked them, so no
 * event is lost and none overtakes an older one.
 */
final class DrainingRelay {

    private final Supplier<Uni<Integer>> batch;
    private final int batchSize;
    private final AtomicBoolean busy = new AtomicBoolean();

    /**
     * @param batch relays one batch and emits how many rows it published
     */
    DrainingRelay(Supplier<Uni<Integer>> batch, int batchSize) {
        this.batch = batch;
        this.batchSize = batchSize;
    }

    /** Starts draining unless a drain is running already (then this poll is a no-op). */
    void poll() {
        if (busy.compareAndSet(false, true)) {
            next();
        }
    }

    private void next() {
        Uni<Integer> sent;
        try {
            sent = batch.get();
        } catch (RuntimeException e) {
            busy.set(false);
            return;
        }
        sent.subscribe()
                .with(
                        count -> {
                            if (count >= batchSize) {
                                next();
                            } else {
                                busy.set(false);
                            }
                        },
                        failure -> busy.set(false));
    }
}
