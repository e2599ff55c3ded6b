package io.cognate.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * The broker itself: one KRaft node that is both broker and controller, in this JVM. Its storage is
 * formatted on the first start only, so a stop and a start keep topics, offsets and the address.
 */
final class KafkaNode {

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    KafkaNode(Path directory, int port, int controllerPort) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    Path directory() {
        return directory;
    }

    synchronized boolean isRunning() {
        return server != null;
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        QuietLogging.kafkaAtWarn();
        Properties config = config();
        if (!Files.exists(logDirectory().resolve("meta.properties"))) {
            format(config);
        }
        KafkaRaftServer starting =
                new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        try {
            starting.startup();
        } catch (RuntimeException e) {
            starting.shutdown();
            starting.awaitShutdown();
            throw e;
        }
        server = starting;
    }

    synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            server = null;
        }
    }

    private Path logDirectory() {
        return directory.resolve("logs");
    }

    private void format(Properties config) {
        Path file = directory.resolve("server.properties");
        try {
            Files.createDirectories(logDirectory());
            try (OutputStream out = Files.newOutputStream(file)) {
                config.store(out, "written by cognate-infra for kafka-storage format");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status =
                    StorageTool.execute(
                            new String[] {
                                "format",
                                "--standalone",
                                "--cluster-id",
                                Uuid.randomUuid().toString(),
                                "--config",
                                file.toString()
                            },
                            print);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + output, e);
        }
        if (status != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + output);
        }
    }

    private Properties config() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        p.put("log.dirs", logDirectory().toString());
        // One node: every replication factor and minimum ISR is 1.
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Small footprint on a 2-core machine, and inside a test JVM.
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "4");
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        return p;
    }
}
