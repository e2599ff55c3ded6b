package io.cognate.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the Kafka broker for {@code deploy/local/run}: {@code KafkaMain --data <dir> --port <port>
 * --controller-port <port>}. Storage is formatted on the first run only, so topics and offsets
 * survive restarts. Prints {@code kafka ready <bootstrap>} once it serves, and shuts down cleanly
 * on SIGTERM or Ctrl-C. Meant for its own JVM, e.g. {@code java -Xmx512m}.
 */
public final class KafkaMain {

    private KafkaMain() {}

    public static void main(String[] args) throws InterruptedException {
        LauncherLogging.configure();
        long started = System.nanoTime();
        EmbeddedKafkaBroker broker;
        try {
            LaunchArgs options =
                    LaunchArgs.parse(args, List.of("--data", "--port", "--controller-port"));
            Path data = options.path("--data");
            int port = options.port("--port", 9092);
            int controllerPort = options.port("--controller-port", port + 1);
            FreePorts.requireFree(port, "Kafka");
            FreePorts.requireFree(controllerPort, "Kafka controller");
            broker = EmbeddedKafkaBroker.persistent(data, port, controllerPort).start();
        } catch (RuntimeException e) {
            System.err.println("kafka failed: " + e);
            e.printStackTrace();
            System.exit(1);
            return;
        }
        EmbeddedKafkaBroker running = broker;
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    running.close();
                                    System.out.println("kafka stopped");
                                },
                                "kafka-main-stop"));
        System.out.printf(
                "kafka ready %s (%d ms)%n",
                running.bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
        new CountDownLatch(1).await();
    }
}
