package io.cognate.userpool.token.revocation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Whether an access token was revoked, read from PostgreSQL on every use so revocations hold across
 * replicas and restarts: its family was revoked (RevokeToken, GlobalSignOut, refresh-token reuse)
 * or, for a token without {@code origin_jti}, its user signed out globally at or after its {@code
 * iat}. Reads outside any Hibernate session, so any consumer can ask.
 */
@ApplicationScoped
public class RevocationState {

    private static final String QUERY =
            "SELECT (SELECT revoked_at FROM user_pool.token_family WHERE origin_jti = $1),"
                    + " (SELECT signed_out_at FROM user_pool.user_sign_out"
                    + " WHERE user_pool_id = $2 AND sub = $3)";

    private final Pool pg;

    RevocationState(Pool pg) {
        this.pg = pg;
    }

    /**
     * @param originJti the token's {@code origin_jti}, or null when its client does not enable
     *     revocation
     * @param issuedAt the token's {@code iat} in epoch seconds
     */
    public Uni<Boolean> revoked(String userPoolId, UUID sub, UUID originJti, long issuedAt) {
        return pg.preparedQuery(QUERY)
                .execute(Tuple.of(originJti, userPoolId, sub))
                .map(
                        rows -> {
                            Row row = rows.iterator().next();
                            if (originJti != null) {
                                return row.getOffsetDateTime(0) != null;
                            }
                            OffsetDateTime signedOut = row.getOffsetDateTime(1);
                            return signedOut != null
                                    && issuedAt <= signedOut.toInstant().getEpochSecond();
                        });
    }
}
