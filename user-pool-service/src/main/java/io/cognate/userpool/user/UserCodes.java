package io.cognate.userpool.user;

import io.cognate.userpool.password.PasswordHasher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Single-use, expiring six-digit codes per user and purpose ({@code FORGOT_PASSWORD}, …). Only an
 * Argon2id hash is stored; issuing replaces the previous code; a code is deleted when redeemed,
 * expired or after {@link #MAX_ATTEMPTS} wrong guesses. Call inside the caller's transaction.
 */
@ApplicationScoped
public class UserCodes {

    /** Wrong guesses before a code is burnt. */
    public static final int MAX_ATTEMPTS = 5;

    /** Outcomes of {@link #redeem}; callers map them to Cognito's errors. */
    public enum Redemption {
        ACCEPTED,
        /** Wrong code; the attempt was counted. */
        MISMATCH,
        EXPIRED,
        /** No live code (never issued, already used or burnt). */
        NONE,
        TOO_MANY_ATTEMPTS
    }

    private static final String TABLE = "user_pool.user_code";
    private static final String UPSERT =
            "INSERT INTO "
                    + TABLE
                    + " (user_pool_id, sub, purpose, code_hash, expires_at, attempts, created_at)"
                    + " VALUES (?1, CAST(?2 AS uuid), ?3, ?4, CAST(?5 AS timestamptz), 0,"
                    + " CAST(?6 AS timestamptz))"
                    + " ON CONFLICT (user_pool_id, sub, purpose) DO UPDATE SET"
                    + " code_hash = EXCLUDED.code_hash, expires_at = EXCLUDED.expires_at,"
                    + " attempts = 0, created_at = EXCLUDED.created_at";
    private static final String WHERE =
            " WHERE user_pool_id = ?1 AND sub = CAST(?2 AS uuid) AND purpose = ?3";
    private static final String SELECT =
            "SELECT code_hash, attempts, expires_at <= CAST(?4 AS timestamptz) FROM "
                    + TABLE
                    + WHERE
                    + " FOR UPDATE";

    private final SecureRandom random = new SecureRandom();
    private final PasswordHasher hasher;

    UserCodes(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /** A fresh code, stored hashed; the caller delivers the returned plain code. */
    public Uni<String> issue(
            String userPoolId, UUID sub, String purpose, Duration lifetime, Instant now) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        return hasher.hash(code)
                .chain(
                        hash ->
                                Panache.getSession()
                                        .chain(
                                                s ->
                                                        s.createNativeQuery(UPSERT)
                                                                .setParameter(1, userPoolId)
                                                                .setParameter(2, sub.toString())
                                                                .setParameter(3, purpose)
                                                                .setParameter(4, hash)
                                                                .setParameter(
                                                                        5, utc(now.plus(lifetime)))
                                                                .setParameter(6, utc(now))
                                                                .executeUpdate()))
                .replaceWith(code);
    }

    /**
     * Checks a code. The attempt counter is written in the caller's transaction: map a MISMATCH to
     * an error only after committing, or the count rolls back with it.
     */
    public Uni<Redemption> redeem(
            String userPoolId, UUID sub, String purpose, String code, Instant now) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(SELECT, Object[].class)
                                        .setParameter(1, userPoolId)
                                        .setParameter(2, sub.toString())
                                        .setParameter(3, purpose)
                                        .setParameter(4, utc(now))
                                        .getResultList())
                .chain(rows -> check(rows, userPoolId, sub, purpose, code));
    }

    /** Forgets any live code (e.g. once an administrator set the password). */
    public Uni<Void> revoke(String userPoolId, UUID sub, String purpose) {
        return execute("DELETE FROM " + TABLE + WHERE, userPoolId, sub, purpose);
    }

    private Uni<Redemption> check(
            List<Object[]> rows, String userPoolId, UUID sub, String purpose, String code) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(Redemption.NONE);
        }
        Object[] row = rows.get(0);
        int attempts = ((Number) row[1]).intValue();
        if (Boolean.TRUE.equals(row[2]) || attempts >= MAX_ATTEMPTS) {
            Redemption outcome =
                    Boolean.TRUE.equals(row[2]) ? Redemption.EXPIRED : Redemption.TOO_MANY_ATTEMPTS;
            return revoke(userPoolId, sub, purpose).replaceWith(outcome);
        }
        // ConfirmationCodeType allows 2048 characters, the hasher 256: a longer guess is wrong.
        Uni<Boolean> verified =
                code.length() > PasswordHasher.MAX_PASSWORD_LENGTH
                        ? Uni.createFrom().item(false)
                        : hasher.verify(code, (String) row[0]);
        return verified.chain(
                matches ->
                        matches
                                ? revoke(userPoolId, sub, purpose).replaceWith(Redemption.ACCEPTED)
                                : execute(
                                                "UPDATE "
                                                        + TABLE
                                                        + " SET attempts = attempts + 1"
                                                        + WHERE,
                                                userPoolId,
                                                sub,
                                                purpose)
                                        .replaceWith(Redemption.MISMATCH));
    }

    // Bound as OffsetDateTime: the reactive client does not coerce strings to timestamptz.
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private Uni<Void> execute(String sql, String userPoolId, UUID sub, String purpose) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(sql)
                                        .setParameter(1, userPoolId)
                                        .setParameter(2, sub.toString())
                                        .setParameter(3, purpose)
                                        .executeUpdate())
                .replaceWithVoid();
    }
}
