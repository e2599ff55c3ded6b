package io.cognate.userpool.delivery;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The event ids a consumer group has fully processed ({@code user_pool.consumed_event}), so that a
 * redelivered message (a rebalance, a crash before the offset commit) is not acted on twice. Plain
 * JDBC: callers run on their own consumer thread, where blocking is the natural model.
 */
@ApplicationScoped
class ConsumedEvents {

    private final AgroalDataSource dataSource;

    ConsumedEvents(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean contains(String consumer, UUID eventId) throws SQLException {
        String sql = "SELECT 1 FROM user_pool.consumed_event WHERE consumer = ? AND event_id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, consumer);
            statement.setObject(2, eventId);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    void add(String consumer, UUID eventId, Instant at) throws SQLException {
        String sql =
                "INSERT INTO user_pool.consumed_event (consumer, event_id, consumed_at)"
                        + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, consumer);
            statement.setObject(2, eventId);
            statement.setTimestamp(3, Timestamp.from(at));
            statement.executeUpdate();
        }
    }
}
