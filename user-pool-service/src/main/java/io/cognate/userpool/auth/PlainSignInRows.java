package io.cognate.userpool.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.cognate.contracts.json.AwsJson;
import io.cognate.userpool.group.GroupEntity;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.UserStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The plain SQL of {@link PlainPasswordSignIn}: the user, its lockout counter (locked for the
 * transaction, as {@link SignInLockout#hold} locks it) and its groups in one statement, and the
 * counter's writes.
 */
final class PlainSignInRows {

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};
    private static final TypeReference<List<List<Object>>> GROUPS = new TypeReference<>() {};

    // The lockout row is locked in a lateral sub-select: a locking clause cannot apply to the
    // nullable side of an outer join, and the row does not exist before the first sign-in.
    private static final String READ =
            "SELECT u.sub, u.username, u.status, u.enabled,"
                    + " CAST(u.attributes AS text) AS attributes, u.password_hash,"
                    + " u.password_temporary, u.password_changed_at, u.created_at,"
                    + " l.failures, l.locked_until,"
                    + " (SELECT CAST(json_agg(json_build_array(g.name, g.role_arn, g.precedence))"
                    + " AS text) FROM user_pool.group_member m"
                    + " JOIN user_pool.user_group g ON g.id = m.group_id"
                    + " WHERE m.user_pool_id = u.user_pool_id AND m.sub = u.sub) AS groups"
                    + " FROM user_pool.user_account u"
                    + " LEFT JOIN LATERAL (SELECT failures, locked_until"
                    + " FROM user_pool.sign_in_lockout x"
                    + " WHERE x.user_pool_id = u.user_pool_id AND x.sub = u.sub FOR UPDATE) l"
                    + " ON true WHERE u.user_pool_id = $1 AND u.username_key = $2";

    private static final String ENSURE =
            "INSERT INTO user_pool.sign_in_lockout (user_pool_id, sub, failures)"
                    + " VALUES ($1, $2, 0) ON CONFLICT DO NOTHING";

    private static final String LOCK =
            "SELECT failures, locked_until FROM user_pool.sign_in_lockout"
                    + " WHERE user_pool_id = $1 AND sub = $2 FOR UPDATE";

    private static final String SET =
            "UPDATE user_pool.sign_in_lockout SET failures = $3, locked_until = $4"
                    + " WHERE user_pool_id = $1 AND sub = $2";

    /**
     * @param counter null when the user has no lockout row yet (first sign-in)
     */
    record Found(UserAccountEntity user, SignInLockout.Counter counter, List<GroupEntity> groups) {}

    private PlainSignInRows() {}

    /** The user with this username key, or null. */
    static Uni<Found> read(SqlClient sql, String userPoolId, String usernameKey) {
        return sql.preparedQuery(READ)
                .execute(Tuple.of(userPoolId, usernameKey))
                .map(rows -> rows.size() == 0 ? null : found(userPoolId, rows.iterator().next()));
    }

    /** The user's first sign-in: creates the counter (or finds a parallel one's) and locks it. */
    static Uni<SignInLockout.Counter> create(SqlClient sql, UserAccountEntity user) {
        Tuple key = Tuple.of(user.userPoolId, user.sub);
        return sql.preparedQuery(ENSURE)
                .execute(key)
                .chain(() -> sql.preparedQuery(LOCK).execute(key))
                .map(rows -> counter(rows.iterator().next()));
    }

    static Uni<Void> set(SqlClient sql, String userPoolId, UUID sub, int failures, Instant until) {
        return sql.preparedQuery(SET)
                .execute(
                        Tuple.of(
                                userPoolId,
                                sub,
                                failures,
                                until == null
                                        ? null
                                        : OffsetDateTime.ofInstant(until, ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    private static Found found(String userPoolId, Row row) {
        UserAccountEntity user = new UserAccountEntity();
        user.userPoolId = userPoolId;
        user.sub = row.getUUID("sub");
        user.username = row.getString("username");
        user.status = UserStatus.valueOf(row.getString("status"));
        user.enabled = row.getBoolean("enabled");
        user.attributes = read(row.getString("attributes"), ATTRIBUTES);
        user.passwordHash = row.getString("password_hash");
        user.passwordTemporary = row.getBoolean("password_temporary");
        user.passwordChangedAt = instant(row, "password_changed_at");
        user.createdAt = instant(row, "created_at");
        SignInLockout.Counter counter = row.getInteger("failures") == null ? null : counter(row);
        return new Found(user, counter, groups(userPoolId, row.getString("groups")));
    }

    private static SignInLockout.Counter counter(Row row) {
        return new SignInLockout.Counter(row.getInteger("failures"), instant(row, "locked_until"));
    }

    private static List<GroupEntity> groups(String userPoolId, String json) {
        if (json == null) {
            return List.of();
        }
        List<GroupEntity> groups = new ArrayList<>();
        for (List<Object> columns : read(json, GROUPS)) {
            GroupEntity group = new GroupEntity();
            group.userPoolId = userPoolId;
            group.name = (String) columns.get(0);
            group.roleArn = (String) columns.get(1);
            group.precedence = columns.get(2) == null ? null : ((Number) columns.get(2)).intValue();
            groups.add(group);
        }
        return groups;
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return AwsJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable sign-in row", e);
        }
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
