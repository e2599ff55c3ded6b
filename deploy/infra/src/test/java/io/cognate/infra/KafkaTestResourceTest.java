package io.cognate.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaTestResourceTest {

    @InjectKafkaBroker EmbeddedKafkaBroker kafka;

    EmbeddedKafkaBroker notAnnotated;

    @Test
    void injectsSharedBrokerWhenFieldIsAnnotatedThenTestCanStopAndRestartIt() throws Exception {
        KafkaTestResource resource = new KafkaTestResource();
        Map<String, String> config = resource.start();
        resource.inject(TestInjectors.into(this));

        String bootstrap = config.get("kafka.bootstrap.servers");
        assertThat(kafka).isNotNull();
        assertThat(notAnnotated).isNull();
        assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
        String topic = KafkaRoundTrip.uniqueTopic();
        KafkaRoundTrip.send(bootstrap, topic, "before outage");
        assertThat(KafkaRoundTrip.receive(bootstrap, topic, "g", 1))
                .containsExactly("before outage");

        kafka.stop();
        assertThat(kafka.isRunning()).isFalse();
        kafka.start();

        assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
        KafkaRoundTrip.send(bootstrap, topic, "after outage");
        assertThat(KafkaRoundTrip.receive(bootstrap, topic, "g", 1))
                .containsExactly("after outage");
        resource.stop();
    }

    @Test
    void restartsSharedBrokerWhenAnEarlierTestLeftItStoppedThenSameAddress() {
        KafkaTestResource first = new KafkaTestResource();
        String bootstrap = first.start().get("kafka.bootstrap.servers");
        first.inject(TestInjectors.into(this));
        kafka.stop();
        first.stop();

        Map<String, String> config = new KafkaTestResource().start();

        assertThat(config).containsEntry("kafka.bootstrap.servers", bootstrap);
        assertThat(kafka.isRunning()).isTrue();
    }

    @Test
    void startsNothingWhenBootstrapServersAreConfiguredThenConfigWins() {
        System.setProperty("kafka.bootstrap.servers", "127.0.0.1:1");
        try {
            KafkaTestResource resource = new KafkaTestResource();
            assertThat(resource.start()).isEmpty();
            resource.inject(TestInjectors.into(this));
            assertThat(kafka).isNull();
        } finally {
            System.clearProperty("kafka.bootstrap.servers");
        }
    }
}
