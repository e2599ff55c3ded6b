package io.cognate.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/asyncapi.json} is the published event contract; it must be exactly what the event
 * records say. After changing an event, regenerate it with {@code ./mvnw -pl contracts test
 * -Dtest=AsyncApiDocumentTest -Dcognate.write-asyncapi=true}.
 */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.json");

    @Test
    void documentWhenComparedWithTheRecordsThenUpToDate() throws IOException {
        String generated = AsyncApiDocument.json();
        if (Boolean.getBoolean("cognate.write-asyncapi")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/asyncapi.json is stale: regenerate it (see this test's javadoc)")
                .isEqualTo(generated);
    }

    @Test
    void documentWhenGeneratedThenEveryRegisteredEventHasAMessage() {
        var messages = AsyncApiDocument.document().at("/components/messages");
        long events = EventCatalog.topics().values().stream().mapToLong(java.util.List::size).sum();

        assertThat(messages.size()).isEqualTo((int) events);
        assertThat(
                        messages.at("/SignInFailed/payload/properties/data/properties/reason/type")
                                .asText())
                .isEqualTo("string");
        assertThat(
                        messages.at(
                                        "/UserAttributesUpdated/payload/properties/data/properties/updatedAttributes/items/type")
                                .asText())
                .isEqualTo("string");
    }
}
