package io.cognate.infra;

import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs PostgreSQL for {@code deploy/local/run}: {@code PostgresMain --data <dir> --port <port>}.
 * The data directory persists across runs. Prints {@code postgres ready <jdbc-url>} once it
 * answers, and stops the server cleanly on SIGTERM or Ctrl-C.
 */
public final class PostgresMain {

    private PostgresMain() {}

    public static void main(String[] args) throws InterruptedException {
        LauncherLogging.configure();
        long started = System.nanoTime();
        EmbeddedPostgresServer server;
        try {
            LaunchArgs options = LaunchArgs.parse(args, List.of("--data", "--port"));
            Path data = options.path("--data");
            int port = options.port("--port", 5433);
            FreePorts.requireFree(port, "PostgreSQL");
            server = EmbeddedPostgresServer.startPersistent(data, port, Redirect.INHERIT);
        } catch (RuntimeException e) {
            System.err.println("postgres failed: " + e);
            e.printStackTrace();
            System.exit(1);
            return;
        }
        EmbeddedPostgresServer running = server;
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    running.close();
                                    System.out.println("postgres stopped");
                                },
                                "postgres-main-stop"));
        System.out.printf(
                "postgres ready %s (PostgreSQL %d, user %s, %d ms)%n",
                running.jdbcUrl(),
                running.serverMajorVersion(),
                running.username(),
                (System.nanoTime() - started) / 1_000_000);
        new CountDownLatch(1).await();
    }
}
