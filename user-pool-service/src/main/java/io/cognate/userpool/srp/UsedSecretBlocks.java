package io.cognate.userpool.srp;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The record that makes each SECRET_BLOCK answerable once (SECURITY-CASES 15). A block is claimed
 * on the pool's own connection, committed at once and outside the caller's transaction: the claim
 * holds whether the answer is then accepted or refused (a refusal rolls the sign-in transaction
 * back), and of two parallel answers with one block only the first insert counts. Rows are kept
 * until the block could no longer be answered anyway, then pruned.
 */
@ApplicationScoped
class UsedSecretBlocks {

    static final String TABLE = "user_pool.srp_used_secret_block";

    private final Pool pg;

    UsedSecretBlocks(Pool pg) {
        this.pg = pg;
    }

    /** True the first time {@code id} is claimed, false ever after (until pruned). */
    Uni<Boolean> claim(UUID id, Instant expiresAt) {
        return pg.preparedQuery(
                        "INSERT INTO "
                                + TABLE
                                + " (block_id, expires_at) VALUES ($1, $2)"
                                + " ON CONFLICT (block_id) DO NOTHING")
                .execute(Tuple.of(id, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC)))
                .map(rows -> rows.rowCount() == 1);
    }

    @Scheduled(every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> prune() {
        return pg.preparedQuery("DELETE FROM " + TABLE + " WHERE expires_at < now()")
                .execute()
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }
}
