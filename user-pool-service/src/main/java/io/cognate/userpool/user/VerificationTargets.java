package io.cognate.userpool.user;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * {@code attribute_verification}: the value each live attribute verification code was sent to, and
 * whether that value still waits to replace the attribute's (AttributesRequireVerificationBefore
 * Update). Call inside the caller's transaction.
 */
@ApplicationScoped
class VerificationTargets {

    /** Where a live code went; {@code pending} when {@code value} is not the attribute's yet. */
    record Target(String value, boolean pending) {}

    private static final String WHERE =
            " WHERE user_pool_id = ?1 AND sub = ?2 AND attribute_name = ?3";
    private static final String UPSERT =
            "INSERT INTO user_pool.attribute_verification"
                    + " (user_pool_id, sub, attribute_name, value, pending, created_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                    + " ON CONFLICT (user_pool_id, sub, attribute_name) DO UPDATE SET"
                    + " value = EXCLUDED.value, pending = EXCLUDED.pending,"
                    + " created_at = EXCLUDED.created_at";

    Uni<Void> record(
            UserAccountEntity user, String attribute, String value, boolean pending, Instant now) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(UPSERT)
                                        .setParameter(1, user.userPoolId)
                                        .setParameter(2, user.sub)
                                        .setParameter(3, attribute)
                                        .setParameter(4, value)
                                        .setParameter(5, pending)
                                        .setParameter(6, now.atOffset(ZoneOffset.UTC))
                                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The target of the user's live code for {@code attribute}, or null. */
    Uni<Target> find(String userPoolId, UUID sub, String attribute) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(
                                                "SELECT value, pending FROM"
                                                        + " user_pool.attribute_verification"
                                                        + WHERE,
                                                Object[].class)
                                        .setParameter(1, userPoolId)
                                        .setParameter(2, sub)
                                        .setParameter(3, attribute)
                                        .getResultList())
                .map(
                        (List<Object[]> rows) ->
                                rows.isEmpty()
                                        ? null
                                        : new Target(
                                                (String) rows.get(0)[0],
                                                Boolean.TRUE.equals(rows.get(0)[1])));
    }

    Uni<Void> forget(String userPoolId, UUID sub, String attribute) {
        return Panache.getSession()
                .chain(
                        s ->
                                s.createNativeQuery(
                                                "DELETE FROM user_pool.attribute_verification"
                                                        + WHERE)
                                        .setParameter(1, userPoolId)
                                        .setParameter(2, sub)
                                        .setParameter(3, attribute)
                                        .executeUpdate())
                .replaceWithVoid();
    }
}
