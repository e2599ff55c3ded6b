package io.cognate.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker: one {@link EmbeddedKafkaBroker} per test JVM,
 * started on first use and closed when the JVM exits. A test can take hold of it with a field
 * {@code @InjectKafkaBroker EmbeddedKafkaBroker kafka;} to stop and restart it; a broker that a
 * test left stopped is started again for the next test class.
 *
 * <pre>{@code
 * @QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
 * }</pre>
 *
 * <p>When {@code KAFKA_BOOTSTRAP_SERVERS} (or system property {@code kafka.bootstrap.servers}) is
 * set, that broker is used, nothing is started and nothing is injected.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String SHARED_KEY = "io.cognate.infra.kafka";

    private EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        if (ExternalConfig.isSet("KAFKA_BOOTSTRAP_SERVERS", "kafka.bootstrap.servers")) {
            return Map.of();
        }
        Map<?, ?> handle =
                (Map<?, ?>) JvmShared.computeIfAbsent(SHARED_KEY, KafkaTestResource::startBroker);
        broker = EmbeddedKafkaBroker.fromHandle(handle).start();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    private static Map<String, Object> startBroker() {
        EmbeddedKafkaBroker started = EmbeddedKafkaBroker.temporary().start();
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "cognate-kafka-stop"));
        return started.handle();
    }

    @Override
    public void inject(TestInjector testInjector) {
        if (broker != null) {
            testInjector.injectIntoFields(
                    broker,
                    new TestInjector.AnnotatedAndMatchesType(
                            InjectKafkaBroker.class, EmbeddedKafkaBroker.class));
        }
    }

    /** Nothing: the broker is shared by the next test classes and stops with the JVM. */
    @Override
    public void stop() {}
}
