package io.cognate.userpool.srp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.contracts.srp.PasswordKey;
import io.cognate.contracts.srp.SrpClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.math.BigInteger;
import java.util.UUID;

/** The SRP columns of a user row, read straight from PostgreSQL (test side only). */
record StoredVerifiers(String username, String salt, String verifier) {

    static StoredVerifiers of(Pool pg, String userPoolId, String sub) {
        Row row =
                pg.preparedQuery(
                                "SELECT username, srp_salt, srp_verifier FROM user_pool.user_account"
                                        + " WHERE user_pool_id = $1 AND sub = $2")
                        .execute(Tuple.of(userPoolId, UUID.fromString(sub)))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next();
        return new StoredVerifiers(row.getString(0), row.getString(1), row.getString(2));
    }

    /** Whether the stored verifier is g^x mod N for this password, by the test's own SRP client. */
    boolean isFor(String userPoolId, String password) {
        assertThat(salt).matches("[0-9a-f]{32}");
        assertThat(verifier).matches("[0-9a-f]+");
        PasswordKey key = PasswordKey.of(SrpClient.poolName(userPoolId), username, password, salt);
        return key.gx().equals(new BigInteger(verifier, 16));
    }
}
