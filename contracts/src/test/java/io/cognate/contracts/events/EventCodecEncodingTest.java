package io.cognate.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streamed envelope must be byte for byte what the tree-based encoding wrote (a tree of the
 * event without {@code metadata}, in a {@link CloudEvent}, written as a string): consumers and the
 * outbox tables already hold that form.
 */
class EventCodecEncodingTest {

    /** The codec's settings as they were when the envelope went through a tree. */
    private static final ObjectMapper TREE_MAPPER =
            JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .serializationInclusion(JsonInclude.Include.NON_NULL)
                    .build();

    static Stream<Arguments> catalog() {
        return EventCatalog.topics().entrySet().stream()
                .flatMap(t -> t.getValue().stream().map(type -> Arguments.of(t.getKey(), type)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("catalog")
    void toJsonWhenFixtureEventThenBytesEqualTheTreeEncoding(String topic, Class<?> type)
            throws IOException {
        DomainEvent event = EventCodec.fromJson(fixture(topic, type)).orElseThrow();

        assertThat(EventCodec.toJson(event)).isEqualTo(treeEncoding(event));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("catalog")
    void toJsonWhenEveryOptionalMemberIsNullThenBytesEqualTheTreeEncoding(
            String topic, Class<? extends DomainEvent> type) throws ReflectiveOperationException {
        DomainEvent bare = instance(type, metadata(null), false);
        DomainEvent traced =
                instance(
                        type,
                        metadata("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
                        true);

        assertThat(EventCodec.toJson(bare)).isEqualTo(treeEncoding(bare));
        assertThat(EventCodec.toJson(traced)).isEqualTo(treeEncoding(traced));
    }

    @Test
    void toJsonWhenNestedRecordsMapsListsAndEscapesThenBytesEqualTheTreeEncoding() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("b", "x\"y\\z\n\u00e9\u2028");
        tags.put("a", null);
        Map<String, Inner> byName = new HashMap<>();
        byName.put("one", new Inner("n", null, List.of()));
        List<Inner> inners = new ArrayList<>();
        inners.add(new Inner(null, Instant.parse("2026-11-26T04:00:00.123456789Z"), List.of(1, 2)));
        inners.add(null);
        var event =
                new Nested(
                        metadata("tp"),
                        "agg-\u0001",
                        new Inner("i", Instant.EPOCH, List.of(-1)),
                        tags,
                        byName,
                        inners,
                        null,
                        Long.MAX_VALUE,
                        0.5,
                        true);

        assertThat(EventCodec.toJson(event)).isEqualTo(treeEncoding(event));
        assertThat(EventCodec.toJson(event)).doesNotContain("metadata");
    }

    @Test
    void toJsonWhenSubjectIsNullThenItIsOmittedAsBefore() {
        var event = new Nested(metadata(null), null, null, null, null, null, null, 0, 0, false);

        assertThat(EventCodec.toJson(event))
                .isEqualTo(treeEncoding(event))
                .doesNotContain("subject");
    }

    record Inner(String name, Instant at, List<Integer> numbers) {}

    record Nested(
            EventMetadata metadata,
            String aggregateId,
            Inner inner,
            Map<String, String> tags,
            Map<String, Inner> byName,
            List<Inner> inners,
            String absent,
            long count,
            double ratio,
            boolean flag)
            implements DomainEvent {

        @Override
        public String topic() {
            return "cognate.test.nested.v1";
        }
    }

    /** What {@code EventCodec.toJson} wrote before: the {@link CloudEvent} record with its tree. */
    private static String treeEncoding(DomainEvent event) {
        try {
            return TREE_MAPPER.writeValueAsString(EventCodec.toCloudEvent(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EventMetadata metadata(String traceparent) {
        return new EventMetadata(
                UUID.randomUUID(),
                Instant.parse("2026-11-26T04:00:00.5Z"),
                "cognate/test",
                1,
                traceparent);
    }

    /**
     * The record with the given metadata, every other member null (false, 0), or filled with a
     * value per type when {@code filled}.
     */
    private static DomainEvent instance(
            Class<? extends DomainEvent> type, EventMetadata metadata, boolean filled)
            throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = value(components[i].getType(), metadata, filled, i);
        }
        var constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(args);
    }

    private static Object value(Class<?> type, EventMetadata metadata, boolean filled, int i) {
        if (type == EventMetadata.class) {
            return metadata;
        }
        if (type == boolean.class) {
            return filled;
        }
        if (type == int.class) {
            return filled ? i : 0;
        }
        if (type == long.class) {
            return filled ? (long) i : 0L;
        }
        if (!filled) {
            return null;
        }
        if (type == String.class) {
            return "v" + i + "-\u00e9\"";
        }
        if (type == Instant.class) {
            return Instant.parse("2026-11-26T05:00:00Z").plusMillis(i);
        }
        if (type == List.class) {
            return List.of("a" + i, "b");
        }
        if (type == Map.class) {
            return Map.of("k" + i, "v");
        }
        throw new IllegalArgumentException("No sample value for " + type);
    }

    private static String fixture(String topic, Class<?> type) throws IOException {
        String[] parts = topic.split("\\.");
        String path = "events/" + parts[1] + "/" + parts[2] + "/" + type.getSimpleName() + ".json";
        try (InputStream in =
                EventCodecEncodingTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
