package io.cognate.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    @TempDir Path data;

    @Test
    void keepsRecordsAndOffsetsWhenPersistentBrokerIsReopenedThenConsumerContinues()
            throws Exception {
        int port = FreePorts.pick();
        int controllerPort = FreePorts.pick();
        String topic = KafkaRoundTrip.uniqueTopic();
        String bootstrap;
        try (EmbeddedKafkaBroker kafka =
                EmbeddedKafkaBroker.persistent(data, port, controllerPort).start()) {
            bootstrap = kafka.bootstrapServers();
            KafkaRoundTrip.send(bootstrap, topic, "one");
            assertThat(KafkaRoundTrip.receive(bootstrap, topic, "g1", 1)).containsExactly("one");
        }

        try (EmbeddedKafkaBroker kafka =
                EmbeddedKafkaBroker.persistent(data, port, controllerPort).start()) {
            assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
            KafkaRoundTrip.send(bootstrap, topic, "two");
            assertThat(KafkaRoundTrip.receive(bootstrap, topic, "g1", 1)).containsExactly("two");
            assertThat(KafkaRoundTrip.receive(bootstrap, topic, "g2", 2))
                    .containsExactly("one", "two");
        }
        assertThat(data.resolve("logs/meta.properties")).exists();
    }
}
