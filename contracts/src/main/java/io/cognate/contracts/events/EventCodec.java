package io.cognate.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes events into CloudEvents envelopes and reads them back. The {@code data} member is the
 * event record minus its metadata (which the envelope carries), in camelCase JSON. Unknown members
 * are ignored when reading, so additive changes within a major version never break consumers.
 *
 * <p>{@link #toJson} streams the envelope and the event straight into one string, byte for byte
 * what {@code writeValueAsString(toCloudEvent(event))} gives (tested for every catalogued event):
 * every service writes one per outbox row, and the tree in between was about a tenth of the
 * credential broker's CPU per issued credential.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .serializationInclusion(JsonInclude.Include.NON_NULL)
                    .build();

    /**
     * Writes {@link Envelope}s; the event itself without {@code metadata}, which the envelope
     * carries. A copy of {@link #MAPPER}, so reading still sees {@code metadata}.
     */
    private static final ObjectWriter ENVELOPE_WRITER =
            MAPPER.copy()
                    .addMixIn(DomainEvent.class, WithoutMetadata.class)
                    .registerModule(
                            new SimpleModule("cognate-cloudevents")
                                    .addSerializer(Envelope.class, new EnvelopeSerializer()))
                    .writerFor(Envelope.class);

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
            return ENVELOPE_WRITER.writeValueAsString(new Envelope(event));
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

    @JsonIgnoreProperties("metadata")
    private interface WithoutMetadata {}

    /** The event to encode; a type of its own so that only its serializer writes envelopes. */
    private record Envelope(DomainEvent event) {}

    /** The {@link CloudEvent} members in their order, nulls omitted, then the event as data. */
    private static final class EnvelopeSerializer extends StdSerializer<Envelope> {

        EnvelopeSerializer() {
            super(Envelope.class);
        }

        @Override
        public void serialize(Envelope envelope, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            DomainEvent event = envelope.event();
            EventMetadata meta = event.metadata();
            json.writeStartObject();
            json.writeStringField("specversion", CloudEvent.SPEC_VERSION);
            writeIfPresent(json, "id", meta.eventId().toString());
            writeIfPresent(json, "source", meta.source());
            writeIfPresent(json, "type", event.type());
            writeIfPresent(json, "time", meta.occurredAt().toString());
            writeIfPresent(json, "subject", event.aggregateId());
            json.writeStringField("datacontenttype", "application/json");
            writeIfPresent(json, "traceparent", meta.traceparent());
            json.writeFieldName("data");
            provider.defaultSerializeValue(event, json);
            json.writeEndObject();
        }

        private static void writeIfPresent(JsonGenerator json, String name, String value)
                throws IOException {
            if (value != null) {
                json.writeStringField(name, value);
            }
        }
    }
}
