package io.cognate.contracts.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The drain's rules with the batches under the test's control: full batches are followed at once, a
 * short one ends the drain, a failed one leaves the rest for the next poll, and a poll during a
 * drain starts nothing. (That the rows reach the real Kafka once and in order is the services'
 * {@code OutboxRelayQuarkusTest}.)
 */
class DrainingRelayTest {

    private static final int BATCH = 3;

    /** A backlog of rows; each batch takes up to BATCH of them, answered now or when told. */
    private static final class Backlog {
        int rows;
        int batches;
        boolean failNext;
        boolean holdNext;
        final AtomicReference<UniEmitter<? super Integer>> held = new AtomicReference<>();
        final Deque<Integer> heldCount = new ArrayDeque<>();

        Uni<Integer> batch() {
            batches++;
            if (failNext) {
                failNext = false;
                return Uni.createFrom().failure(new IllegalStateException("Kafka is away"));
            }
            int sent = Math.min(BATCH, rows);
            rows -= sent;
            if (holdNext) {
                holdNext = false;
                heldCount.push(sent);
                return Uni.createFrom().<Integer>emitter(held::set);
            }
            return Uni.createFrom().item(sent);
        }
    }

    private final Backlog backlog = new Backlog();
    private final DrainingRelay relay = new DrainingRelay(backlog::batch, BATCH);

    @Test
    void pollWhenTheBacklogSpansSeveralBatchesThenAllAreRelayedInOnePoll() {
        backlog.rows = 3 * BATCH + 1;
        relay.poll();
        assertThat(backlog.rows).isZero();
        assertThat(backlog.batches).isEqualTo(4);
    }

    @Test
    void pollWhenTheBacklogIsAnExactMultipleThenOneEmptyBatchEndsTheDrain() {
        backlog.rows = 2 * BATCH;
        relay.poll();
        assertThat(backlog.rows).isZero();
        assertThat(backlog.batches).isEqualTo(3);
    }

    @Test
    void pollWhenABatchFailsThenTheDrainStopsAndTheNextPollResumes() {
        backlog.rows = 2 * BATCH;
        backlog.failNext = true;
        relay.poll();
        assertThat(backlog.rows).isEqualTo(2 * BATCH);

        relay.poll();
        assertThat(backlog.rows).isZero();
    }

    @Test
    void pollWhenADrainIsRunningThenNoSecondBatchStartsBesideIt() {
        backlog.rows = BATCH + 1;
        backlog.holdNext = true;
        relay.poll();
        relay.poll();
        relay.poll();
        assertThat(backlog.batches).isEqualTo(1);

        backlog.held.get().complete(backlog.heldCount.pop());
        assertThat(backlog.rows).isZero();
        assertThat(backlog.batches).isEqualTo(2);
    }
}
