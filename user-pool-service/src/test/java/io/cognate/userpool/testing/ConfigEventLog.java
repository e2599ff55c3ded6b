package io.cognate.userpool.testing;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.EventCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads the events an operation appended to {@code user_pool.outbox}, in order. The row exists iff
 * the change committed, so this checks what the relay will publish without waiting for Kafka
 * (OutboxDeliveryQuarkusTest covers the relay itself).
 */
public final class ConfigEventLog {

    private ConfigEventLog() {}

    /** Every event keyed by {@code aggregateId} (a user pool id), oldest first. */
    public static List<DomainEvent> eventsFor(DataSource dataSource, String aggregateId) {
        String sql =
                "SELECT CAST(payload AS text) FROM user_pool.outbox"
                        + " WHERE message_key = ? ORDER BY seq";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, aggregateId);
            List<DomainEvent> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    EventCodec.fromJson(rows.getString(1)).ifPresent(events::add);
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the outbox", e);
        }
    }
}
