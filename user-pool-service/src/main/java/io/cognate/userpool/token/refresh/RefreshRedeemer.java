package io.cognate.userpool.token.refresh;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.errors.RefreshTokenReuseException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Redeems refresh tokens over plain SQL: every refresh reads its token, family, user and groups in
 * one round trip, without an ORM session (refresh is the hottest path of the service). The rules
 * are those of {@link RefreshTokens}: a token is redeemed for the client it was issued to only,
 * while neither it nor its family has expired or been revoked; under rotation exactly one
 * redemption replaces it (a conditional update that concurrent redemptions serialize on, so the
 * caller runs it in a transaction), a later one works only within the client's grace period, and
 * after it revokes the whole family (SECURITY-CASES 11).
 */
@ApplicationScoped
public class RefreshRedeemer {

    private static final String CLAIM =
            "UPDATE user_pool.refresh_token SET rotated_at = $2"
                    + " WHERE token_hash = $1 AND rotated_at IS NULL";

    private static final String INSERT =
            "INSERT INTO user_pool.refresh_token (token_hash, origin_jti, expires_at, created_at)"
                    + " VALUES ($1, $2, $3, $4)";

    private final FamilyRevoker revoker;

    RefreshRedeemer(FamilyRevoker revoker) {
        this.revoker = revoker;
    }

    /**
     * Accepts {@code token} for {@code client}, or fails with {@code NotAuthorizedException:
     * Invalid Refresh Token} (unknown, expired, revoked, another client's) or {@code
     * RefreshTokenReuseException} (rotated, past the grace period: the family is revoked).
     *
     * @param sql the pool, or with {@code rotate} the caller's transaction
     * @param rotate whether this redemption replaces the token (GetTokensFromRefreshToken with the
     *     client's RefreshTokenRotation enabled)
     */
    public Uni<Redemption> redeem(
            SqlClient sql, AppClient client, String token, boolean rotate, Instant now) {
        if (!OpaqueRefreshToken.looksLikeOne(token)) {
            return Uni.createFrom().failure(new NotAuthorizedException(RefreshTokens.INVALID));
        }
        String hash = OpaqueRefreshToken.hash(token);
        Uni<Boolean> claimed =
                rotate
                        ? sql.preparedQuery(CLAIM)
                                .execute(Tuple.of(hash, utc(now)))
                                .map(result -> result.rowCount() == 1)
                        : Uni.createFrom().item(false);
        return claimed.chain(
                won ->
                        sql.preparedQuery(RedemptionRows.READ)
                                .execute(Tuple.of(hash))
                                .chain(rows -> judge(client, rows, won, rotate, now)));
    }

    /** A new refresh token of the family, valid for the client's refresh token validity. */
    public Uni<String> replace(
            SqlClient sql, TokenFamilyEntity family, AppClient client, Instant now) {
        String token = OpaqueRefreshToken.generate();
        return sql.preparedQuery(INSERT)
                .execute(
                        Tuple.of(
                                OpaqueRefreshToken.hash(token),
                                family.originJti,
                                utc(now.plus(client.refreshTokenValidity())),
                                utc(now)))
                .replaceWith(token);
    }

    private Uni<Redemption> judge(
            AppClient client, RowSet<Row> rows, boolean won, boolean rotate, Instant now) {
        if (rows.size() == 0) {
            return invalid();
        }
        Row first = rows.iterator().next();
        TokenFamilyEntity family = RedemptionRows.family(first);
        if (!RedemptionRows.instant(first, "expires_at").isAfter(now)
                || family.revokedAt != null
                || !family.clientId.equals(client.clientId())
                || !family.userPoolId.equals(client.userPoolId())) {
            return invalid();
        }
        Instant rotatedAt = RedemptionRows.instant(first, "rotated_at");
        if (won || rotatedAt == null) {
            return Uni.createFrom().item(new Redemption(family, RedemptionRows.holder(rows), won));
        }
        // A zero grace period admits nothing: a concurrent loser's clock may
        // even read earlier than the winner's rotatedAt.
        var grace = client.refreshTokenRetryGracePeriod();
        if (!grace.isZero() && now.isBefore(rotatedAt.plus(grace))) {
            return Uni.createFrom()
                    .item(new Redemption(family, RedemptionRows.holder(rows), rotate));
        }
        return revoker.revokeOnReuse(family, now)
                .chain(
                        () ->
                                Uni.createFrom()
                                        .failure(
                                                new RefreshTokenReuseException(
                                                        "Refresh Token has been reused.")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Uni<Redemption> invalid() {
        return Uni.createFrom().failure(new NotAuthorizedException(RefreshTokens.INVALID));
    }
}
