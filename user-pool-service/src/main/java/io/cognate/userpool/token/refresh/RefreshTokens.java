package io.cognate.userpool.token.refresh;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.errors.RefreshTokenReuseException;
import io.cognate.userpool.user.UserAccountEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Refresh tokens and their families, in the caller's transaction. The storage contract carries the
 * security rules: a token is redeemed for the client it was issued to only, while neither it nor
 * its family has expired or been revoked; under rotation exactly one redemption replaces it (a
 * conditional update that concurrent redemptions serialize on), a later one works only within the
 * client's grace period, and after it revokes the whole family (SECURITY-CASES 11).
 */
@ApplicationScoped
public class RefreshTokens {

    public static final String INVALID = "Invalid Refresh Token";

    private final FamilyRevoker revoker;

    RefreshTokens(FamilyRevoker revoker) {
        this.revoker = revoker;
    }

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

    /**
     * Accepts {@code token} for {@code client}, or fails with {@code NotAuthorizedException:
     * Invalid Refresh Token} (unknown, expired, revoked, another client's) or {@code
     * RefreshTokenReuseException} (rotated, past the grace period: the family is revoked).
     *
     * @param rotate whether this redemption replaces the token (GetTokensFromRefreshToken with the
     *     client's RefreshTokenRotation enabled)
     */
    public Uni<Redemption> redeem(AppClient client, String token, boolean rotate, Instant now) {
        if (!OpaqueRefreshToken.looksLikeOne(token)) {
            return Uni.createFrom().failure(new NotAuthorizedException(INVALID));
        }
        String hash = OpaqueRefreshToken.hash(token);
        Uni<Integer> claimed =
                rotate
                        ? Panache.getSession()
                                .chain(
                                        s ->
                                                s.createMutationQuery(
                                                                "update RefreshTokenEntity set"
                                                                        + " rotatedAt = :now where"
                                                                        + " tokenHash = :hash and"
                                                                        + " rotatedAt is null")
                                                        .setParameter("now", now)
                                                        .setParameter("hash", hash)
                                                        .executeUpdate())
                        : Uni.createFrom().item(0);
        return claimed.chain(
                won ->
                        Panache.getSession()
                                .chain(
                                        s ->
                                                s.createSelectionQuery(
                                                                "select t, f from"
                                                                        + " RefreshTokenEntity t,"
                                                                        + " TokenFamilyEntity f"
                                                                        + " where t.tokenHash ="
                                                                        + " :hash and f.originJti"
                                                                        + " = t.originJti",
                                                                Object[].class)
                                                        .setParameter("hash", hash)
                                                        .getResultList())
                                .chain(
                                        rows ->
                                                rows.isEmpty()
                                                        ? Uni.createFrom()
                                                                .failure(
                                                                        new NotAuthorizedException(
                                                                                INVALID))
                                                        : judge(
                                                                client,
                                                                (RefreshTokenEntity) rows.get(0)[0],
                                                                (TokenFamilyEntity) rows.get(0)[1],
                                                                won == 1,
                                                                rotate,
                                                                now)));
    }

    /** The token and its family, read together: one round trip on every refresh. */
    private Uni<Redemption> judge(
            AppClient client,
            RefreshTokenEntity row,
            TokenFamilyEntity family,
            boolean won,
            boolean rotate,
            Instant now) {
        if (!row.expiresAt.isAfter(now)) {
            return Uni.createFrom().failure(new NotAuthorizedException(INVALID));
        }
        if (family.revokedAt != null
                || !family.clientId.equals(client.clientId())
                || !family.userPoolId.equals(client.userPoolId())) {
            return Uni.createFrom().failure(new NotAuthorizedException(INVALID));
        }
        if (won || row.rotatedAt == null) {
            return Uni.createFrom().item(new Redemption(family, won));
        }
        // A zero grace period admits nothing: a concurrent loser's clock may
        // even read earlier than the winner's rotatedAt.
        var grace = client.refreshTokenRetryGracePeriod();
        if (!grace.isZero() && now.isBefore(row.rotatedAt.plus(grace))) {
            return Uni.createFrom().item(new Redemption(family, rotate));
        }
        return revoker.revokeOnReuse(family, now)
                .chain(
                        () ->
                                Uni.createFrom()
                                        .failure(
                                                new RefreshTokenReuseException(
                                                        "Refresh Token has been" + " reused.")));
    }
}
