package io.cognate.userpool.user;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.EventCodec;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads what the service stored, straight from PostgreSQL (test side only). */
final class StoredRows {

    private final Pool pg;

    StoredRows(Pool pg) {
        this.pg = pg;
    }

    /** The events appended to the outbox about one user (keyed by sub), in order. */
    List<DomainEvent> events(String sub) {
        List<DomainEvent> events = new ArrayList<>();
        for (Row row :
                pg.preparedQuery(
                                "SELECT payload::text FROM user_pool.outbox WHERE message_key = $1"
                                        + " ORDER BY seq")
                        .execute(Tuple.of(sub))
                        .await()
                        .indefinitely()) {
            EventCodec.fromJson(row.getString(0)).ifPresent(events::add);
        }
        return events;
    }

    <T extends DomainEvent> List<T> events(String sub, Class<T> type) {
        return events(sub).stream().filter(type::isInstance).map(type::cast).toList();
    }

    String passwordHash(String poolId, String sub) {
        return single(
                "SELECT password_hash FROM user_pool.user_account"
                        + " WHERE user_pool_id = $1 AND sub = $2",
                poolId,
                sub);
    }

    String codeHash(String poolId, String sub, String purpose) {
        return single(
                "SELECT code_hash FROM user_pool.user_code"
                        + " WHERE user_pool_id = $1 AND sub = $2 AND purpose = $3",
                poolId,
                sub,
                purpose);
    }

    long users(String poolId) {
        return pg.preparedQuery(
                        "SELECT count(*) FROM user_pool.user_account WHERE user_pool_id = $1")
                .execute(Tuple.of(poolId))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    void setStatus(String poolId, String sub, String status) {
        pg.preparedQuery(
                        "UPDATE user_pool.user_account SET status = $3"
                                + " WHERE user_pool_id = $1 AND sub = $2")
                .execute(Tuple.of(poolId, UUID.fromString(sub), status))
                .await()
                .indefinitely();
    }

    private String single(String sql, String poolId, String sub, Object... more) {
        Tuple tuple = Tuple.of(poolId, UUID.fromString(sub));
        for (Object value : more) {
            tuple.addValue(value);
        }
        var rows = pg.preparedQuery(sql).execute(tuple).await().indefinitely();
        return rows.size() == 0 ? null : rows.iterator().next().getString(0);
    }
}
