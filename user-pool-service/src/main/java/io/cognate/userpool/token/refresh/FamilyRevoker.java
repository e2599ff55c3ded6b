package io.cognate.userpool.token.refresh;

import io.cognate.contracts.events.userpool.SignInEvent;
import io.cognate.contracts.events.userpool.TokenRevoked;
import io.cognate.userpool.platform.Outbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Revokes a family when a rotated refresh token is reused. The request that detects the reuse
 * fails, and its transaction rolls back with it, so the revocation and its event commit here in a
 * transaction of their own: the attacker's error must not undo the defence.
 */
@ApplicationScoped
class FamilyRevoker {

    private static final String REVOKE =
            "UPDATE user_pool.token_family SET revoked_at = $2"
                    + " WHERE origin_jti = $1 AND revoked_at IS NULL";

    private final Pool pg;
    private final Outbox outbox;

    FamilyRevoker(Pool pg, Outbox outbox) {
        this.pg = pg;
        this.outbox = outbox;
    }

    Uni<Void> revokeOnReuse(TokenFamilyEntity family, Instant now) {
        TokenRevoked event =
                new TokenRevoked(
                        outbox.metadata(SignInEvent.TOPIC, now),
                        family.userPoolId,
                        family.sub.toString(),
                        family.clientId,
                        family.originJti.toString(),
                        "REFRESH_TOKEN_REUSE");
        return pg.withTransaction(
                tx ->
                        tx.preparedQuery(REVOKE)
                                .execute(
                                        Tuple.of(
                                                family.originJti,
                                                OffsetDateTime.ofInstant(now, ZoneOffset.UTC)))
                                .chain(
                                        revoked ->
                                                revoked.rowCount() == 0
                                                        ? Uni.createFrom().voidItem()
                                                        : outbox.append(tx, event)));
    }
}
