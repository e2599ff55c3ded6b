package io.cognate.broker.platform;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.outbox.OutboxMessage;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Appends events to {@code credential_broker.outbox} on the caller's connection, so that an event
 * commits or rolls back with the change it describes; {@link OutboxRelayJob} publishes it.
 */
@ApplicationScoped
public class Outbox {

    public Uni<Void> append(SqlClient sql, DomainEvent event) {
        OutboxMessage message = OutboxMessage.of(event);
        return sql.preparedQuery(
                        "INSERT INTO "
                                + OutboxRelayJob.TABLE
                                + " (event_id, topic, message_key, payload)"
                                + " VALUES ($1, $2, $3, CAST(CAST($4 AS text) AS jsonb))")
                .execute(
                        Tuple.of(
                                message.eventId(),
                                message.topic(),
                                message.messageKey(),
                                message.payload()))
                .replaceWithVoid();
    }
}
