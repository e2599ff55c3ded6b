package io.cognate.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A real single-node Kafka 4 broker (KRaft, broker and controller in one node) running inside this
 * JVM. Its ports are chosen once, so {@link #stop()} followed by {@link #start()} brings it back on
 * the same {@link #bootstrapServers()} with the same log directory: tests use that to simulate an
 * outage.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.temporary().start()) {
 *     producerProps.put("bootstrap.servers", kafka.bootstrapServers());
 *     ...
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private final String bootstrapServers;
    private final Runnable starter;
    private final Runnable stopper;
    private final BooleanSupplier running;
    private final Runnable closer;

    private EmbeddedKafkaBroker(
            String bootstrapServers,
            Runnable starter,
            Runnable stopper,
            BooleanSupplier running,
            Runnable closer) {
        this.bootstrapServers = bootstrapServers;
        this.starter = starter;
        this.stopper = stopper;
        this.running = running;
        this.closer = closer;
    }

    /**
     * A broker in a new temporary directory on two free loopback ports; {@link #close()} stops it
     * and deletes the directory. Not started yet.
     */
    public static EmbeddedKafkaBroker temporary() {
        try {
            Path directory = Files.createTempDirectory("cognate-kafka");
            return of(new KafkaNode(directory, FreePorts.pick(), FreePorts.pick()), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A broker whose data lives in {@code directory} and survives {@link #close()}; the storage is
     * formatted on the first start only. Not started yet.
     */
    public static EmbeddedKafkaBroker persistent(Path directory, int port, int controllerPort) {
        return of(new KafkaNode(directory, port, controllerPort), false);
    }

    private static EmbeddedKafkaBroker of(KafkaNode node, boolean deleteOnClose) {
        return new EmbeddedKafkaBroker(
                node.bootstrapServers(),
                node::start,
                node::stop,
                node::isRunning,
                () -> {
                    node.stop();
                    if (deleteOnClose) {
                        FileTrees.deleteQuietly(node.directory());
                    }
                });
    }

    /** {@code 127.0.0.1:<port>}, the same before and after a restart. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Starts the broker and returns once it serves requests; does nothing if it runs already. */
    public EmbeddedKafkaBroker start() {
        starter.run();
        return this;
    }

    /** Stops the broker and waits for it; clients see connection errors until {@link #start()}. */
    public void stop() {
        stopper.run();
    }

    public boolean isRunning() {
        return running.getAsBoolean();
    }

    /** Stops the broker; a {@link #temporary()} one also loses its directory. */
    @Override
    public void close() {
        closer.run();
    }

    @Override
    public String toString() {
        return "Kafka broker on " + bootstrapServers + (isRunning() ? "" : " (stopped)");
    }

    /**
     * Plain-JDK view of this broker, to share it with copies of this class loaded by another class
     * loader in the same JVM (Quarkus gives each test profile its own class loader).
     */
    Map<String, Object> handle() {
        return Map.of(
                "bootstrapServers", bootstrapServers,
                "start", starter,
                "stop", stopper,
                "running", running);
    }

    /**
     * A view of a {@link #handle()} shared by its owner: it starts and stops the broker, and its
     * {@link #close()} only stops it, the owner alone deletes it.
     */
    static EmbeddedKafkaBroker fromHandle(Map<?, ?> handle) {
        Runnable stopper = (Runnable) handle.get("stop");
        return new EmbeddedKafkaBroker(
                (String) handle.get("bootstrapServers"),
                (Runnable) handle.get("start"),
                stopper,
                (BooleanSupplier) handle.get("running"),
                stopper);
    }
}
