package io.cognate.userpool.mfa;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Reads and writes {@code user_mfa} rows in the caller's session. {@link #lock} takes the row lock
 * (creating the row when missing) so that two TOTP verifications of one user run one after the
 * other and a code cannot be accepted twice.
 */
@ApplicationScoped
public class MfaStore {

    private static final String COLUMNS =
            "sms_enabled, email_enabled, totp_enabled, preferred, totp_secret, totp_pending,"
                    + " totp_last_step";
    private static final String SELECT =
            "SELECT " + COLUMNS + " FROM user_pool.user_mfa WHERE user_pool_id = ?1 AND sub = ?2";
    private static final String ENSURE =
            "INSERT INTO user_pool.user_mfa (user_pool_id, sub, updated_at) VALUES (?1, ?2, ?3)"
                    + " ON CONFLICT (user_pool_id, sub) DO NOTHING";
    private static final String UPDATE =
            "UPDATE user_pool.user_mfa SET sms_enabled = ?3, email_enabled = ?4,"
                    + " totp_enabled = ?5, preferred = ?6, totp_secret = ?7, totp_pending = ?8,"
                    + " totp_last_step = ?9, updated_at = ?10 WHERE user_pool_id = ?1 AND sub = ?2";

    /** The user's settings, all off when the user never set any. */
    public Uni<UserMfa> find(String userPoolId, UUID sub) {
        return select(userPoolId, sub, SELECT);
    }

    /** As {@link #find}, holding the row lock until the transaction ends. */
    public Uni<UserMfa> lock(String userPoolId, UUID sub, Instant now) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(ENSURE)
                                        .setParameter(1, userPoolId)
                                        .setParameter(2, sub)
                                        .setParameter(3, now.atOffset(ZoneOffset.UTC))
                                        .executeUpdate())
                .chain(() -> select(userPoolId, sub, SELECT + " FOR UPDATE"));
    }

    /** Writes settings read with {@link #lock} in the same transaction. */
    public Uni<Void> save(UserMfa mfa, Instant now) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(UPDATE)
                                        .setParameter(1, mfa.userPoolId())
                                        .setParameter(2, mfa.sub())
                                        .setParameter(3, mfa.smsEnabled())
                                        .setParameter(4, mfa.emailEnabled())
                                        .setParameter(5, mfa.totpEnabled())
                                        .setParameter(6, mfa.preferred())
                                        .setParameter(7, mfa.totpSecret())
                                        .setParameter(8, mfa.totpPending())
                                        .setParameter(9, mfa.totpLastStep())
                                        .setParameter(10, now.atOffset(ZoneOffset.UTC))
                                        .executeUpdate())
                .replaceWithVoid();
    }

    private Uni<UserMfa> select(String userPoolId, UUID sub, String sql) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(sql, Object[].class)
                                        .setParameter(1, userPoolId)
                                        .setParameter(2, sub)
                                        .getResultList())
                .map(
                        (List<Object[]> rows) -> {
                            if (rows.isEmpty()) {
                                return UserMfa.none(userPoolId, sub);
                            }
                            Object[] row = rows.get(0);
                            return new UserMfa(
                                    userPoolId,
                                    sub,
                                    (Boolean) row[0],
                                    (Boolean) row[1],
                                    (Boolean) row[2],
                                    (String) row[3],
                                    (byte[]) row[4],
                                    (byte[]) row[5],
                                    row[6] == null ? null : ((Number) row[6]).longValue());
                        });
    }
}
