package io.cognate.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes events into CloudEvents envelopes and reads them back. The {@code data} member is the
 * event record minus its metadata (which the envelope carries), in camelCase JSON. Unknown members
 * are ignored when reading, so additive changes within a major version never break consumers.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .serializationInclusion(JsonInclude.Include.NON_NULL)
                    .build();

    private EventCodec() {}

    public static CloudEvent toCloudEvent(DomainEvent event) {
        EventMetadata meta = event.metadata();
        ObjectNode data = MAPPER.valueToTree(event);
        data.remove("metadata");
        return new CloudEvent(
                CloudEvent.SPEC_VERSION,
                meta.eventId().toString(),
                meta.source(),
                event.type(),
                meta.occurredAt().toString(),
                event.aggregateId(),
                "application/json",
                meta.traceparent(),
                data);
    }

    public static String toJson(DomainEvent event) {
        try {
            return MAPPER.writeValueAsString(toCloudEvent(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event not serializable: " + event.type(), e);
        }
    }

    /** Reads an envelope; empty when the type is unknown to this version of the contracts. */
    public static Optional<DomainEvent> fromJson(String json) {
        try {
            CloudEvent envelope = MAPPER.readValue(json, CloudEvent.class);
            Optional<Class<? extends DomainEvent>> type = EventCatalog.byType(envelope.type());
            if (type.isEmpty() || !(envelope.data() instanceof ObjectNode payload)) {
                return Optional.empty();
            }
            ObjectNode data = payload.deepCopy();
            data.set("metadata", MAPPER.valueToTree(metadataOf(envelope, type.get())));
            return Optional.of(MAPPER.treeToValue(data, type.get()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a Cognate CloudEvent", e);
        }
    }

    private static EventMetadata metadataOf(
            CloudEvent envelope, Class<? extends DomainEvent> type) {
        return new EventMetadata(
                UUID.fromString(envelope.id()),
                Instant.parse(envelope.time()),
                envelope.source(),
                EventCatalog.majorVersion(EventCatalog.topicOf(type)),
                envelope.traceparent());
    }
}
