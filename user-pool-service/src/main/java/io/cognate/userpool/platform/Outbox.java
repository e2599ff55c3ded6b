package io.cognate.userpool.platform;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.EventCatalog;
import io.cognate.contracts.events.EventMetadata;
import io.cognate.contracts.outbox.OutboxMessage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Appends events to {@code user_pool.outbox} inside the caller's transaction, so an event exists if
 * and only if its change committed. {@link OutboxRelayJob} publishes them.
 */
@ApplicationScoped
public class Outbox {

    static final String TABLE = "user_pool.outbox";

    /** The CloudEvents {@code source} of every event this service publishes. */
    public static final String SOURCE = "cognate/user-pool-service";

    // The payload is bound as text and parsed by PostgreSQL: bound directly to a jsonb parameter,
    // the reactive client would store the Java String as a JSON string instead of an object.
    private static final String INSERT =
            "INSERT INTO "
                    + TABLE
                    + " (event_id, topic, message_key, payload)"
                    + " VALUES (CAST(?1 AS uuid), ?2, ?3, CAST(CAST(?4 AS text) AS jsonb))";

    private static final String PLAIN_INSERT =
            "INSERT INTO "
                    + TABLE
                    + " (event_id, topic, message_key, payload)"
                    + " VALUES ($1, $2, $3, CAST(CAST($4 AS text) AS jsonb))";

    /** Metadata for a new event on {@code topic}, stamped with the request's time. */
    public EventMetadata metadata(String topic, Instant occurredAt) {
        return EventMetadata.now(SOURCE, EventCatalog.majorVersion(topic), occurredAt);
    }

    /** Must be called inside a {@code @WithTransaction} operation. */
    public Uni<Void> append(DomainEvent event) {
        OutboxMessage message = OutboxMessage.of(event);
        return Panache.getSession()
                .chain(
                        session ->
                                session.createNativeQuery(INSERT)
                                        .setParameter(1, message.eventId().toString())
                                        .setParameter(2, message.topic())
                                        .setParameter(3, message.messageKey())
                                        .setParameter(4, message.payload())
                                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Appends through plain SQL, for paths without a Hibernate session: in {@code sql}'s
     * transaction when it is one, else on its own (an event whose only change is itself).
     */
    public Uni<Void> append(SqlClient sql, DomainEvent event) {
        OutboxMessage message = OutboxMessage.of(event);
        return sql.preparedQuery(PLAIN_INSERT)
                .execute(
                        Tuple.of(
                                message.eventId(),
                                message.topic(),
                                message.messageKey(),
                                message.payload()))
                .replaceWithVoid();
    }
}
