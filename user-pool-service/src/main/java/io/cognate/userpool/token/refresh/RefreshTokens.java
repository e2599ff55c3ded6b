package io.cognate.userpool.token.refresh;

import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.user.UserAccountEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Refresh-token families and their first tokens, in the caller's Hibernate transaction (a completed
 * sign-in), and lookups for RevokeToken. {@link RefreshRedeemer} redeems them.
 */
@ApplicationScoped
public class RefreshTokens {

    public static final String INVALID = "Invalid Refresh Token";

    private static final String PLAIN_START =
            "WITH family AS (INSERT INTO user_pool.token_family"
                    + " (origin_jti, user_pool_id, sub, client_id, auth_time, device_key,"
                    + " created_at) VALUES ($1, $2, $3, $4, $5, NULL, $6) RETURNING origin_jti)"
                    + " INSERT INTO user_pool.refresh_token"
                    + " (token_hash, origin_jti, expires_at, created_at)"
                    + " SELECT $7, origin_jti, $8, $6 FROM family";

    /** A new lineage for a completed sign-in; its id is the tokens' {@code origin_jti}. */
    public Uni<TokenFamilyEntity> startFamily(
            AppClient client,
            UserAccountEntity user,
            Instant authTime,
            String deviceKey,
            Instant now) {
        TokenFamilyEntity family = new TokenFamilyEntity();
        family.originJti = UUID.randomUUID();
        family.userPoolId = user.userPoolId;
        family.sub = user.sub;
        family.clientId = client.clientId();
        family.authTime = authTime;
        family.deviceKey = deviceKey;
        family.createdAt = now;
        return Panache.getSession().chain(s -> s.persist(family)).replaceWith(family);
    }

    /**
     * As {@link #startFamily} then {@link #issue}, over plain SQL in the caller's transaction and
     * in one statement (the foreign key is checked at its end, when both rows exist): a new lineage
     * without a device and its first refresh token, which this returns.
     */
    public Uni<String> startFamily(
            SqlClient sql,
            AppClient client,
            UserAccountEntity user,
            UUID originJti,
            Instant authTime,
            Instant now) {
        String token = OpaqueRefreshToken.generate();
        return sql.preparedQuery(PLAIN_START)
                .execute(
                        Tuple.tuple(
                                List.of(
                                        originJti,
                                        user.userPoolId,
                                        user.sub,
                                        client.clientId(),
                                        utc(authTime),
                                        utc(now),
                                        OpaqueRefreshToken.hash(token),
                                        utc(now.plus(client.refreshTokenValidity())))))
                .replaceWith(token);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A new refresh token of the family, valid for the client's refresh token validity. */
    public Uni<String> issue(TokenFamilyEntity family, AppClient client, Instant now) {
        String token = OpaqueRefreshToken.generate();
        RefreshTokenEntity row = new RefreshTokenEntity();
        row.tokenHash = OpaqueRefreshToken.hash(token);
        row.originJti = family.originJti;
        row.createdAt = now;
        row.expiresAt = now.plus(client.refreshTokenValidity());
        return Panache.getSession().chain(s -> s.persist(row)).replaceWith(token);
    }

    /**
     * The family of a refresh token, whatever its state (RevokeToken); null for a token that is not
     * one of ours.
     */
    public Uni<TokenFamilyEntity> familyOf(String token) {
        if (!OpaqueRefreshToken.looksLikeOne(token)) {
            return Uni.createFrom().nullItem();
        }
        return Panache.getSession()
                .chain(
                        s ->
                                s.find(RefreshTokenEntity.class, OpaqueRefreshToken.hash(token))
                                        .chain(
                                                row ->
                                                        row == null
                                                                ? Uni.createFrom().nullItem()
                                                                : s.find(
                                                                        TokenFamilyEntity.class,
                                                                        row.originJti)));
    }
}
