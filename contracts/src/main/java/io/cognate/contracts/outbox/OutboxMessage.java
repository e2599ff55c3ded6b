package io.cognate.contracts.outbox;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.EventCodec;
import java.util.UUID;

/**
 * One row to write into a service's {@code outbox} table, in the same transaction as the change the
 * event describes. Every service's outbox table has the columns named here (see its Flyway
 * migration).
 */
public record OutboxMessage(UUID eventId, String topic, String messageKey, String payload) {

    public static OutboxMessage of(DomainEvent event) {
        return new OutboxMessage(
                event.metadata().eventId(),
                event.topic(),
                event.aggregateId(),
                EventCodec.toJson(event));
    }
}
