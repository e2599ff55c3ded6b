package io.cognate.identitypool.userevents;

import io.agroal.api.AgroalDataSource;
import io.cognate.contracts.events.EventMetadata;
import io.cognate.contracts.events.identitypool.IdentityDisabled;
import io.cognate.contracts.events.identitypool.IdentityEvent;
import io.cognate.contracts.events.userpool.UserDeleted;
import io.cognate.contracts.outbox.OutboxMessage;
import io.cognate.identitypool.login.UserPoolLoginValidator;
import io.cognate.identitypool.platform.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a {@code UserDeleted}: every enabled identity linked to that user's {@code sub} in that
 * user pool is disabled, with an {@code IdentityDisabled} event each. The login stays linked on
 * purpose: the deleted user's ID tokens stay valid until they expire, and through the link they
 * lead to the disabled identity (refused) instead of a fresh one. The event id is recorded in the
 * same transaction, so a redelivery changes nothing. Plain JDBC on the consumer's own thread.
 */
@ApplicationScoped
class DeletedUsers {

    static final String REASON = "UserDeleted";

    private static final String RECORD =
            "INSERT INTO identity_pool.consumed_event (consumer, event_id, consumed_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String LINKED =
            "SELECT i.id, i.identity_pool_id FROM identity_pool.identity_login l"
                    + " JOIN identity_pool.identity i ON i.id = l.identity_id"
                    + " WHERE l.provider_name = ? AND l.subject = ? AND NOT i.disabled"
                    + " ORDER BY i.id FOR UPDATE OF i";
    private static final String DISABLE =
            "UPDATE identity_pool.identity SET disabled = TRUE, last_modified_at = ?,"
                    + " version = version + 1 WHERE id = ?";
    private static final String OUTBOX =
            "INSERT INTO identity_pool.outbox (event_id, topic, message_key, payload)"
                    + " VALUES (?, ?, ?, CAST(? AS jsonb))";

    private final AgroalDataSource dataSource;
    private final Clock clock;

    DeletedUsers(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The identities disabled (none when the event was applied before). */
    List<String> apply(String consumer, UserDeleted event) throws SQLException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<String> disabled = apply(connection, consumer, event, now);
                connection.commit();
                return disabled;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private List<String> apply(
            Connection connection, String consumer, UserDeleted event, Instant now)
            throws SQLException {
        try (PreparedStatement record = connection.prepareStatement(RECORD)) {
            record.setString(1, consumer);
            record.setObject(2, event.metadata().eventId());
            record.setTimestamp(3, Timestamp.from(now));
            if (record.executeUpdate() == 0) {
                return List.of();
            }
        }
        List<String[]> identities = new ArrayList<>();
        try (PreparedStatement linked = connection.prepareStatement(LINKED)) {
            linked.setString(1, UserPoolLoginValidator.providerName(event.userPoolId()));
            linked.setString(2, event.sub());
            try (ResultSet rows = linked.executeQuery()) {
                while (rows.next()) {
                    identities.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        List<String> disabled = new ArrayList<>();
        for (String[] identity : identities) {
            try (PreparedStatement disable = connection.prepareStatement(DISABLE)) {
                disable.setTimestamp(1, Timestamp.from(now));
                disable.setString(2, identity[0]);
                disable.executeUpdate();
            }
            append(connection, identity[1], identity[0], now);
            disabled.add(identity[0]);
        }
        return disabled;
    }

    private static void append(Connection connection, String poolId, String identityId, Instant now)
            throws SQLException {
        OutboxMessage message =
                OutboxMessage.of(
                        new IdentityDisabled(
                                EventMetadata.now(Outbox.SOURCE, 1, now),
                                poolId,
                                identityId,
                                REASON));
        try (PreparedStatement outbox = connection.prepareStatement(OUTBOX)) {
            outbox.setObject(1, message.eventId());
            outbox.setString(2, IdentityEvent.TOPIC);
            outbox.setString(3, message.messageKey());
            outbox.setString(4, message.payload());
            outbox.executeUpdate();
        }
    }
}
