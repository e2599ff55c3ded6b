package io.cognate.identitypool.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads the CloudEvents an operation appended to {@code identity_pool.outbox}, in order. The row
 * exists iff the change committed (OutboxRelayQuarkusTest covers the relay to Kafka).
 */
public final class IdentityEventLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IdentityEventLog() {}

    /** Every envelope keyed by {@code aggregateId} (an identity id), oldest first. */
    public static List<JsonNode> eventsFor(DataSource dataSource, String aggregateId) {
        String sql =
                "SELECT CAST(payload AS text) FROM identity_pool.outbox"
                        + " WHERE message_key = ? ORDER BY seq";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, aggregateId);
            List<JsonNode> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(JSON.readTree(rows.getString(1)));
                }
            }
            return events;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Could not read the outbox", e);
        }
    }

    /** The CloudEvents types, e.g. {@code cognate.identitypool.identity.IdentityCreated}. */
    public static List<String> typesFor(DataSource dataSource, String aggregateId) {
        return eventsFor(dataSource, aggregateId).stream()
                .map(e -> e.get("type").asText())
                .toList();
    }
}
