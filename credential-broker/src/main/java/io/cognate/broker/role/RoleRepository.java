package io.cognate.broker.role;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.cognate.contracts.json.AwsJson;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Roles and their inline policies in {@code credential_broker}. Queries only: transactions and
 * rules belong to the operations. Names are looked up through {@code name_key}, since IAM role
 * names are unique regardless of case.
 */
@ApplicationScoped
public class RoleRepository implements RoleStore {

    static final String ROLE = "credential_broker.role";
    static final String POLICY = "credential_broker.role_policy";
    private static final String COLUMNS =
            "role_id, role_name, path, arn, assume_role_policy, description,"
                    + " max_session_duration, tags::text AS tags, created_at";
    private static final TypeReference<List<Tag>> TAGS = new TypeReference<>() {};

    /** Inserts a new role; another role with the same name (any case) → EntityAlreadyExists. */
    Uni<Void> insert(SqlClient sql, RoleEntity role) {
        return sql.preparedQuery(
                        "INSERT INTO "
                                + ROLE
                                + " (role_id, role_name, name_key, path, arn,"
                                + " assume_role_policy, description, max_session_duration, tags,"
                                + " created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8,"
                                + " CAST(CAST($9 AS text) AS jsonb), $10)")
                .execute(
                        Tuple.tuple()
                                .addValue(role.roleId())
                                .addValue(role.roleName())
                                .addValue(key(role.roleName()))
                                .addValue(role.path())
                                .addValue(role.arn())
                                .addValue(role.assumeRolePolicy())
                                .addValue(role.description())
                                .addValue(role.maxSessionDuration())
                                .addValue(json(role.tags()))
                                .addValue(role.createdAt().atOffset(ZoneOffset.UTC)))
                .onFailure(RoleRepository::isUniqueViolation)
                .transform(
                        e ->
                                new EntityAlreadyExistsException(
                                        "Role with name " + role.roleName() + " already exists."))
                .replaceWithVoid();
    }

    @Override
    public Uni<RoleEntity> findByName(SqlClient sql, String roleName) {
        return one(sql, "SELECT " + COLUMNS + " FROM " + ROLE + " WHERE name_key = $1", roleName);
    }

    /** As {@link #findByName}, locking the row until the transaction ends. */
    Uni<RoleEntity> lockByName(SqlClient sql, String roleName) {
        return one(
                sql,
                "SELECT " + COLUMNS + " FROM " + ROLE + " WHERE name_key = $1 FOR UPDATE",
                roleName);
    }

    /** Up to {@code limit} roles whose path starts with the prefix, by name, after a name key. */
    Uni<List<RoleEntity>> list(SqlClient sql, String pathPrefix, String afterKey, int limit) {
        return sql.preparedQuery(
                        "SELECT "
                                + COLUMNS
                                + " FROM "
                                + ROLE
                                + " WHERE starts_with(path, $1) AND name_key > $2"
                                + " ORDER BY name_key LIMIT $3")
                .execute(Tuple.of(pathPrefix, afterKey, limit))
                .map(RoleRepository::roles);
    }

    Uni<Void> updateTrustPolicy(SqlClient sql, String roleId, String document) {
        return sql.preparedQuery(
                        "UPDATE " + ROLE + " SET assume_role_policy = $2 WHERE role_id = $1")
                .execute(Tuple.of(roleId, document))
                .replaceWithVoid();
    }

    Uni<Void> updateTags(SqlClient sql, String roleId, List<Tag> tags) {
        return sql.preparedQuery(
                        "UPDATE "
                                + ROLE
                                + " SET tags = CAST(CAST($2 AS text) AS jsonb) WHERE role_id = $1")
                .execute(Tuple.of(roleId, json(tags)))
                .replaceWithVoid();
    }

    Uni<Void> delete(SqlClient sql, String roleId) {
        return sql.preparedQuery("DELETE FROM " + ROLE + " WHERE role_id = $1")
                .execute(Tuple.of(roleId))
                .replaceWithVoid();
    }

    /** Inline policies of a role, name → document, by name. */
    Uni<List<InlinePolicy>> policies(SqlClient sql, String roleId) {
        return sql.preparedQuery(
                        "SELECT policy_name, document FROM "
                                + POLICY
                                + " WHERE role_id = $1"
                                + " ORDER BY policy_name")
                .execute(Tuple.of(roleId))
                .map(
                        rows -> {
                            List<InlinePolicy> out = new ArrayList<>();
                            rows.forEach(
                                    r ->
                                            out.add(
                                                    new InlinePolicy(
                                                            r.getString("policy_name"),
                                                            r.getString("document"))));
                            return out;
                        });
    }

    @Override
    public Uni<Map<String, String>> inlinePolicies(SqlClient sql, String roleId) {
        return policies(sql, roleId)
                .map(
                        found -> {
                            Map<String, String> out = new LinkedHashMap<>();
                            found.forEach(policy -> out.put(policy.name(), policy.document()));
                            return out;
                        });
    }

    Uni<Void> putPolicy(SqlClient sql, String roleId, InlinePolicy policy) {
        return sql.preparedQuery(
                        "INSERT INTO "
                                + POLICY
                                + " (role_id, policy_name, document) VALUES ($1, $2,"
                                + " $3) ON CONFLICT (role_id, policy_name) DO UPDATE SET document ="
                                + " EXCLUDED.document")
                .execute(Tuple.of(roleId, policy.name(), policy.document()))
                .replaceWithVoid();
    }

    /** True when a policy of that name was there to delete. */
    Uni<Boolean> deletePolicy(SqlClient sql, String roleId, String policyName) {
        return sql.preparedQuery(
                        "DELETE FROM " + POLICY + " WHERE role_id = $1 AND policy_name = $2")
                .execute(Tuple.of(roleId, policyName))
                .map(rows -> rows.rowCount() > 0);
    }

    /** The lookup key of a role name: IAM role names are unique regardless of case. */
    static String key(String roleName) {
        return roleName.toLowerCase(Locale.ROOT);
    }

    private static Uni<RoleEntity> one(SqlClient sql, String query, String roleName) {
        return sql.preparedQuery(query)
                .execute(Tuple.of(key(roleName)))
                .map(rows -> rows.size() == 0 ? null : role(rows.iterator().next()));
    }

    private static List<RoleEntity> roles(RowSet<Row> rows) {
        List<RoleEntity> out = new ArrayList<>();
        rows.forEach(row -> out.add(role(row)));
        return out;
    }

    private static RoleEntity role(Row row) {
        return new RoleEntity(
                row.getString("role_id"),
                row.getString("role_name"),
                row.getString("path"),
                row.getString("arn"),
                row.getString("assume_role_policy"),
                row.getString("description"),
                row.getInteger("max_session_duration"),
                tags(row.getString("tags")),
                Instant.from(row.getOffsetDateTime("created_at")));
    }

    private static List<Tag> tags(String json) {
        try {
            return AwsJson.mapper().readValue(json, TAGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("role.tags is not a tag list", e);
        }
    }

    private static String json(List<Tag> tags) {
        try {
            return AwsJson.mapper().writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tags not serializable", e);
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState());
    }
}
