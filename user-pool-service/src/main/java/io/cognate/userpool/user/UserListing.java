package io.cognate.userpool.user;

import io.cognate.contracts.paging.KeysetToken;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL of one ListUsers page: the pool, at most one filter condition, the keyset position,
 * ordered by (created_at, sub) so that the {@code user_account_listing} index serves it. Attribute
 * names are from {@link UserFilter#SEARCHABLE} only; values are always bound.
 */
final class UserListing {

    private UserListing() {}

    static Uni<List<UserAccountEntity>> page(
            PoolRules pool, UserFilter filter, KeysetToken after, int limit) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(pool.userPoolId());
        StringBuilder sql =
                new StringBuilder("SELECT * FROM user_pool.user_account WHERE user_pool_id = ?1");
        if (filter != null) {
            sql.append(" AND ").append(condition(pool, filter, parameters));
        }
        if (after != null) {
            // Bound as OffsetDateTime: the client does not coerce strings to timestamptz.
            parameters.add(after.createdAt().atOffset(ZoneOffset.UTC));
            int created = parameters.size();
            parameters.add(after.uuidKey().toString());
            sql.append(" AND (created_at, sub) > (CAST(?")
                    .append(created)
                    .append(" AS timestamptz), CAST(?")
                    .append(created + 1)
                    .append(" AS uuid))");
        }
        parameters.add(limit);
        sql.append(" ORDER BY created_at, sub LIMIT ?").append(parameters.size());
        return Panache.getSession()
                .chain(
                        session -> {
                            var query =
                                    session.createNativeQuery(
                                            sql.toString(), UserAccountEntity.class);
                            for (int i = 0; i < parameters.size(); i++) {
                                query.setParameter(i + 1, parameters.get(i));
                            }
                            return query.getResultList();
                        });
    }

    private static String condition(PoolRules pool, UserFilter filter, List<Object> parameters) {
        if (filter.attribute().equals("status")) {
            return filter.value().equals("Enabled") ? "enabled" : "NOT enabled";
        }
        String column;
        String value = filter.value();
        switch (filter.attribute()) {
            case "username" -> {
                column = "username_key";
                value = pool.fold(value);
            }
            case "sub" -> {
                column = "CAST(sub AS text)";
                value = value.toLowerCase(Locale.ROOT);
            }
            case "cognito:user_status" -> {
                column = "status";
                value = value.toUpperCase(Locale.ROOT);
            }
            default -> column = "attributes ->> '" + filter.attribute() + "'";
        }
        parameters.add(value);
        String parameter = "?" + parameters.size();
        return filter.prefix()
                ? "starts_with(" + column + ", " + parameter + ")"
                : column + " = " + parameter;
    }
}
