package io.cognate.userpool.token.revocation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Revocation writes, in the caller's transaction (with the operation's outbox event). */
@ApplicationScoped
public class Revocations {

    // Concurrent sign-outs of one user both succeed; the later time wins.
    private static final String SIGN_OUT =
            "INSERT INTO user_pool.user_sign_out (user_pool_id, sub, signed_out_at)"
                    + " VALUES (?1, ?2, ?3) ON CONFLICT (user_pool_id, sub)"
                    + " DO UPDATE SET signed_out_at = GREATEST(user_sign_out.signed_out_at,"
                    + " EXCLUDED.signed_out_at)";

    /** Revokes one family; its refresh tokens and access tokens are refused from now on. */
    public Uni<Integer> revokeFamily(UUID originJti, Instant now) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createMutationQuery(
                                                "update TokenFamilyEntity set revokedAt = :now"
                                                        + " where originJti = :id and revokedAt is"
                                                        + " null")
                                        .setParameter("now", now)
                                        .setParameter("id", originJti)
                                        .executeUpdate());
    }

    /**
     * Revokes every family of the user, on every client, and records the sign-out time for access
     * tokens that carry no {@code origin_jti}.
     */
    public Uni<Void> signOutEverywhere(String userPoolId, UUID sub, Instant now) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createMutationQuery(
                                                "update TokenFamilyEntity set revokedAt = :now"
                                                        + " where userPoolId = :pool and sub ="
                                                        + " :sub and revokedAt is null")
                                        .setParameter("now", now)
                                        .setParameter("pool", userPoolId)
                                        .setParameter("sub", sub)
                                        .executeUpdate()
                                        .chain(
                                                () ->
                                                        s.createNativeQuery(SIGN_OUT)
                                                                .setParameter(1, userPoolId)
                                                                .setParameter(2, sub)
                                                                .setParameter(3, now)
                                                                .executeUpdate()))
                .replaceWithVoid();
    }

    /**
     * Revokes every family bound to a device (ForgetDevice, AdminForgetDevice): the refresh tokens
     * issued to it and the access tokens minted from them.
     */
    public Uni<Integer> revokeDevice(String userPoolId, String deviceKey, Instant now) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createMutationQuery(
                                                "update TokenFamilyEntity set revokedAt = :now"
                                                        + " where userPoolId = :pool and deviceKey"
                                                        + " = :key and revokedAt is null")
                                        .setParameter("now", now)
                                        .setParameter("pool", userPoolId)
                                        .setParameter("key", deviceKey)
                                        .executeUpdate());
    }
}
