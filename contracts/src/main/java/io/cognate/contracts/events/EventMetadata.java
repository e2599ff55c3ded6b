package io.cognate.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event carries besides its payload.
 *
 * @param eventId unique per event; consumers deduplicate on it
 * @param occurredAt when the change was committed (the producer's clock)
 * @param source the producing service, e.g. {@code cognate/user-pool-service}
 * @param schemaVersion the event's schema major version (the topic's {@code v<major>})
 * @param traceparent W3C trace context of the request that caused it, or null
 */
public record EventMetadata(
        UUID eventId, Instant occurredAt, String source, int schemaVersion, String traceparent) {

    public static EventMetadata now(String source, int schemaVersion, Instant now) {
        return new EventMetadata(UUID.randomUUID(), now, source, schemaVersion, null);
    }
}
