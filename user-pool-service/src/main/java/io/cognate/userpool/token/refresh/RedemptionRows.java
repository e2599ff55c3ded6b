package io.cognate.userpool.token.refresh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.cognate.contracts.json.AwsJson;
import io.cognate.userpool.group.GroupEntity;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one query a refresh reads everything with (token, family, user and groups in one round trip,
 * see {@link RefreshRedeemer}), and its rows mapped to the family and the token holder.
 */
final class RedemptionRows {

    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {};

    // One row per group of the user (one row with null group columns for none).
    static final String READ =
            "SELECT t.expires_at, t.rotated_at, f.origin_jti, f.user_pool_id, f.sub, f.client_id,"
                    + " f.auth_time, f.device_key, f.created_at, f.revoked_at, u.username,"
                    + " u.status, u.enabled, CAST(u.attributes AS text) AS attributes,"
                    + " g.name AS group_name, g.role_arn, g.precedence"
                    + " FROM user_pool.refresh_token t"
                    + " JOIN user_pool.token_family f ON f.origin_jti = t.origin_jti"
                    + " LEFT JOIN user_pool.user_account u"
                    + " ON u.user_pool_id = f.user_pool_id AND u.sub = f.sub"
                    + " LEFT JOIN user_pool.group_member m"
                    + " ON m.user_pool_id = u.user_pool_id AND m.sub = u.sub"
                    + " LEFT JOIN user_pool.user_group g ON g.id = m.group_id"
                    + " WHERE t.token_hash = $1";

    private RedemptionRows() {}

    static TokenFamilyEntity family(Row row) {
        TokenFamilyEntity family = new TokenFamilyEntity();
        family.originJti = row.getUUID("origin_jti");
        family.userPoolId = row.getString("user_pool_id");
        family.sub = row.getUUID("sub");
        family.clientId = row.getString("client_id");
        family.authTime = instant(row, "auth_time");
        family.deviceKey = row.getString("device_key");
        family.createdAt = instant(row, "created_at");
        family.revokedAt = instant(row, "revoked_at");
        return family;
    }

    static TokenHolder holder(RowSet<Row> rows) {
        Row first = rows.iterator().next();
        if (first.getString("username") == null) {
            return null;
        }
        List<GroupEntity> groups = new ArrayList<>();
        for (Row row : rows) {
            if (row.getString("group_name") != null) {
                GroupEntity group = new GroupEntity();
                group.userPoolId = row.getString("user_pool_id");
                group.name = row.getString("group_name");
                group.roleArn = row.getString("role_arn");
                group.precedence = row.getInteger("precedence");
                groups.add(group);
            }
        }
        return new TokenHolder(
                first.getString("username"),
                first.getString("status"),
                first.getBoolean("enabled"),
                attributes(first.getString("attributes")),
                List.copyOf(groups));
    }

    private static Map<String, String> attributes(String json) {
        try {
            return Map.copyOf(AwsJson.mapper().readValue(json, ATTRIBUTES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable user attributes", e);
        }
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
