package io.cognate.userpool.token.keys;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code signing_key} rows. Deliberately outside the callers' Hibernate transactions: a key a token
 * was signed with must be committed whatever becomes of the sign-in that created it, so every
 * statement here commits on its own (or in its own transaction for a rotation).
 */
@ApplicationScoped
class SigningKeyStore {

    /** A row: the public key in X.509 DER, the private key sealed. */
    record StoredKey(
            String userPoolId,
            String kid,
            TokenUse use,
            byte[] publicKey,
            byte[] sealedPrivateKey,
            Instant publishUntil) {}

    private static final String PUBLISHED =
            "SELECT kid, token_use, public_key, private_key, publish_until"
                    + " FROM user_pool.signing_key WHERE user_pool_id = $1"
                    + " AND (status = 'current' OR publish_until > $2)";

    // The partial unique index admits one current key per pool and use: a racing insert is a no-op.
    private static final String INSERT_CURRENT =
            "INSERT INTO user_pool.signing_key"
                    + " (user_pool_id, kid, token_use, status, public_key, private_key, created_at)"
                    + " VALUES ($1, $2, $3, 'current', $4, $5, $6)"
                    + " ON CONFLICT (user_pool_id, token_use) WHERE status = 'current' DO NOTHING";

    private static final String RETIRE =
            "UPDATE user_pool.signing_key SET status = 'retired', retired_at = $2,"
                    + " publish_until = $3 WHERE user_pool_id = $1 AND status = 'current'";

    private final Pool pg;

    SigningKeyStore(Pool pg) {
        this.pg = pg;
    }

    /** The current keys and the retired ones still published at {@code now}. */
    Uni<List<StoredKey>> published(String userPoolId, Instant now) {
        return pg.preparedQuery(PUBLISHED)
                .execute(Tuple.of(userPoolId, utc(now)))
                .map(
                        rows -> {
                            List<StoredKey> keys = new ArrayList<>();
                            for (Row row : rows) {
                                keys.add(read(userPoolId, row));
                            }
                            return keys;
                        });
    }

    /** Adds current keys for the uses that have none; a concurrent winner's keys stay. */
    Uni<Void> addIfMissing(List<StoredKey> keys, Instant now) {
        return insertAll(pg, keys, now);
    }

    /** Retires the pool's current keys (published until {@code publishUntil}) and adds new ones. */
    Uni<Void> rotate(
            String userPoolId, List<StoredKey> replacements, Instant now, Instant publishUntil) {
        return pg.withTransaction(
                tx ->
                        tx.preparedQuery(RETIRE)
                                .execute(Tuple.of(userPoolId, utc(now), utc(publishUntil)))
                                .chain(() -> insertAll(tx, replacements, now)));
    }

    private static Uni<Void> insertAll(SqlClient client, List<StoredKey> keys, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (StoredKey key : keys) {
            chain =
                    chain.chain(
                            () ->
                                    client.preparedQuery(INSERT_CURRENT)
                                            .execute(
                                                    Tuple.tuple()
                                                            .addString(key.userPoolId())
                                                            .addString(key.kid())
                                                            .addString(key.use().claim())
                                                            .addBuffer(
                                                                    Buffer.buffer(key.publicKey()))
                                                            .addBuffer(
                                                                    Buffer.buffer(
                                                                            key.sealedPrivateKey()))
                                                            .addOffsetDateTime(utc(now)))
                                            .replaceWithVoid());
        }
        return chain;
    }

    private static StoredKey read(String userPoolId, Row row) {
        OffsetDateTime until = row.getOffsetDateTime("publish_until");
        return new StoredKey(
                userPoolId,
                row.getString("kid"),
                TokenUse.ofClaim(row.getString("token_use")),
                row.getBuffer("public_key").getBytes(),
                row.getBuffer("private_key").getBytes(),
                until == null ? null : until.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
