package io.cognate.contracts.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The AsyncAPI 2.6 document of every topic and event, derived from {@link EventCatalog} and the
 * event records themselves, so the published description cannot drift from the code: a test
 * compares it with {@code docs/asyncapi.json}.
 */
public final class AsyncApiDocument {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AsyncApiDocument() {}

    /** The document as pretty-printed JSON, topics and events in name order. */
    public static String json() {
        try {
            return MAPPER.writeValueAsString(document()) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode document() {
        ObjectNode doc = NODES.objectNode();
        doc.put("asyncapi", "2.6.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Cognate events");
        info.put("version", "1");
        info.put(
                "description",
                "CloudEvents 1.0 in structured mode (one JSON document per Kafka record, key ="
                        + " subject). Generated from the contracts module; see docs/events.md.");
        doc.put("defaultContentType", "application/cloudevents+json");
        ObjectNode channels = doc.putObject("channels");
        ObjectNode messages = NODES.objectNode();
        new TreeMap<>(EventCatalog.topics())
                .forEach(
                        (topic, types) -> {
                            ArrayNode oneOf =
                                    channels.putObject(topic)
                                            .putObject("subscribe")
                                            .putObject("message")
                                            .putArray("oneOf");
                            types.stream()
                                    .sorted(
                                            (a, b) ->
                                                    a.getSimpleName().compareTo(b.getSimpleName()))
                                    .forEach(
                                            type -> {
                                                String name = type.getSimpleName();
                                                oneOf.addObject()
                                                        .put(
                                                                "$ref",
                                                                "#/components/messages/" + name);
                                                messages.set(name, message(topic, type));
                                            });
                        });
        doc.putObject("components").set("messages", messages);
        return doc;
    }

    private static ObjectNode message(String topic, Class<? extends DomainEvent> type) {
        ObjectNode message = NODES.objectNode();
        message.put("name", EventCatalog.typeName(topic, type));
        ObjectNode payload = message.putObject("payload");
        payload.put("type", "object");
        ObjectNode envelope = payload.putObject("properties");
        envelope.putObject("specversion").put("const", "1.0");
        envelope.putObject("id").put("type", "string").put("format", "uuid");
        envelope.putObject("source").put("type", "string");
        envelope.putObject("type").put("const", EventCatalog.typeName(topic, type));
        envelope.putObject("time").put("type", "string").put("format", "date-time");
        envelope.putObject("subject").put("type", "string");
        envelope.putObject("datacontenttype").put("const", "application/json");
        envelope.putObject("traceparent").put("type", "string");
        ObjectNode data = envelope.putObject("data");
        data.put("type", "object");
        ObjectNode members = data.putObject("properties");
        for (RecordComponent component : type.getRecordComponents()) {
            if (!component.getType().equals(EventMetadata.class)) {
                members.set(component.getName(), schema(component.getGenericType()));
            }
        }
        payload.putArray("required")
                .add("specversion")
                .add("id")
                .add("source")
                .add("type")
                .add("time")
                .add("data");
        return message;
    }

    private static ObjectNode schema(Type type) {
        ObjectNode schema = NODES.objectNode();
        if (type instanceof ParameterizedType generic) {
            Type raw = generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (raw.equals(List.class)) {
                schema.put("type", "array").set("items", schema(arguments[0]));
                return schema;
            }
            if (raw.equals(Map.class)) {
                schema.put("type", "object").set("additionalProperties", schema(arguments[1]));
                return schema;
            }
        }
        if (type.equals(String.class)) {
            return schema.put("type", "string");
        }
        if (type.equals(boolean.class) || type.equals(Boolean.class)) {
            return schema.put("type", "boolean");
        }
        if (type.equals(int.class)
                || type.equals(Integer.class)
                || type.equals(long.class)
                || type.equals(Long.class)) {
            return schema.put("type", "integer");
        }
        if (type.equals(Instant.class)) {
            return schema.put("type", "string").put("format", "date-time");
        }
        if (type.equals(UUID.class)) {
            return schema.put("type", "string").put("format", "uuid");
        }
        throw new IllegalArgumentException("No JSON schema for event member type " + type);
    }
}
