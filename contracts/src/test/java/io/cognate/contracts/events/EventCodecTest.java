package io.cognate.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.contracts.events.userpool.UserPoolCreated;
import io.cognate.contracts.events.userpool.UserPoolDeleted;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event's JSON fixture is the contract: it must read into its record and write back to the
 * same envelope, so producers and consumers can never drift apart silently.
 */
class EventCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every registered event, with the fixture that pins its JSON. */
    static Stream<Arguments> catalog() {
        return EventCatalog.topics().entrySet().stream()
                .flatMap(
                        topic ->
                                topic.getValue().stream()
                                        .map(type -> Arguments.of(topic.getKey(), type)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("catalog")
    void fixtureWhenReadAndWrittenBackThenEnvelopeUnchanged(String topic, Class<?> type)
            throws IOException {
        String fixture = fixture(fixturePath(topic, type));

        DomainEvent event = EventCodec.fromJson(fixture).orElseThrow();

        assertThat(event).isInstanceOf(type);
        assertThat(event.topic()).isEqualTo(topic);
        assertThat(event.metadata().schemaVersion()).isEqualTo(EventCatalog.majorVersion(topic));
        assertThat(JSON.readTree(EventCodec.toJson(event))).isEqualTo(normalized(fixture));
    }

    @Test
    void toStringWhenCodeDeliveryRequestedThenTheCodeIsNotPrinted() throws IOException {
        DomainEvent event =
                EventCodec.fromJson(
                                fixture(
                                        fixturePath(
                                                CodeDeliveryEvent.TOPIC,
                                                CodeDeliveryRequested.class)))
                        .orElseThrow();

        assertThat(((CodeDeliveryRequested) event).code()).isEqualTo("123456");
        assertThat(event.toString()).doesNotContain("123456");
    }

    @Test
    void toCloudEventWhenPoolCreatedThenSubjectIsThePoolAndTypeNamesTheEvent() {
        var event =
                new UserPoolCreated(
                        new EventMetadata(UUID.randomUUID(), Instant.EPOCH, "test", 1, null),
                        "us-east-1_X",
                        "n",
                        "arn");

        CloudEvent envelope = EventCodec.toCloudEvent(event);

        assertThat(envelope.specversion()).isEqualTo("1.0");
        assertThat(envelope.subject()).isEqualTo("us-east-1_X");
        assertThat(envelope.type()).isEqualTo("cognate.userpool.config.UserPoolCreated");
        assertThat(envelope.data().has("metadata")).isFalse();
    }

    @Test
    void fromJsonWhenUnknownTypeThenEmptySoOldConsumersSkipNewEvents() {
        String future =
                "{\"specversion\":\"1.0\",\"id\":\""
                        + UUID.randomUUID()
                        + "\",\"source\":\"s\",\"type\":\"cognate.userpool.config.UserPoolRenamed\","
                        + "\"time\":\"2026-11-26T00:00:00Z\",\"data\":{}}";

        assertThat(EventCodec.fromJson(future)).isEmpty();
    }

    @Test
    void fromJsonWhenDataHasAdditiveMembersThenTheyAreIgnored() throws IOException {
        ObjectNode fixture =
                (ObjectNode) JSON.readTree(fixture("events/userpool/config/UserPoolDeleted.json"));
        ((ObjectNode) fixture.get("data")).put("addedInAMinorRelease", true);

        assertThat(EventCodec.fromJson(fixture.toString()))
                .get()
                .isInstanceOfSatisfying(
                        UserPoolDeleted.class, e -> assertThat(e.name()).isEqualTo("demo"));
    }

    /**
     * {@code cognate.userpool.user.v1} + UserDeleted → {@code
     * events/userpool/user/UserDeleted.json}.
     */
    private static String fixturePath(String topic, Class<?> type) {
        String[] parts = topic.split("\\.");
        return "events/" + parts[1] + "/" + parts[2] + "/" + type.getSimpleName() + ".json";
    }

    /** Instants are written in their canonical form; compare against that. */
    private static JsonNode normalized(String fixture) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(fixture);
        node.put("time", Instant.parse(node.get("time").asText()).toString());
        return node;
    }

    private static String fixture(String path) throws IOException {
        try (InputStream in = EventCodecTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
