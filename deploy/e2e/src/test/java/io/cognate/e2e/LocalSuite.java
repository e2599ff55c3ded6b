package io.cognate.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The suite as a user runs it: {@code deploy/local/run} with its own data directory, stopped with
 * {@code deploy/local/run --stop}. Output goes to {@code <data>/launcher.log} for post-mortems.
 *
 * <p>Settings reach the services as environment variables, as an operator would pass them: webhook
 * triggers may call receivers the tests run on 127.0.0.1 (the production default allows none), and
 * a test class may add its own with {@link #withEnvironment(Map)}.
 */
final class LocalSuite {

    static final String ENDPOINT = "http://127.0.0.1:8080";

    /** The webhook signing master key of the launched suite; test-only. */
    static final String TRIGGER_SIGNING_KEY = "e2e-only-webhook-signing-key-not-for-production";

    private static final Map<String, String> ENVIRONMENT =
            Map.of(
                    "COGNATE_TRIGGERS_ALLOWED_URLS", "http://127.0.0.1/",
                    "COGNATE_TRIGGERS_ALLOWED_NETWORKS", "127.0.0.1/32",
                    "COGNATE_TRIGGERS_SIGNING_KEY", TRIGGER_SIGNING_KEY);

    private final Path repo;
    private final Path data;
    private final Map<String, String> environment;

    LocalSuite(Path repo, Path data, Map<String, String> environment) {
        this.repo = repo;
        this.data = data;
        this.environment = Map.copyOf(environment);
    }

    static LocalSuite fromSystemProperties() {
        return new LocalSuite(
                Path.of(System.getProperty("cognate.repo.root", "../.."))
                        .toAbsolutePath()
                        .normalize(),
                Path.of(System.getProperty("cognate.e2e.data", "target/e2e-data")).toAbsolutePath(),
                ENVIRONMENT);
    }

    /** The same suite launched with these settings too (applied when {@link #start()} launches). */
    LocalSuite withEnvironment(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.putAll(more);
        return new LocalSuite(repo, data, all);
    }

    /** Starts everything and returns how long it took to be healthy. */
    Duration start() throws IOException, InterruptedException {
        long began = System.nanoTime();
        run(List.of("deploy/local/run"), Duration.ofMinutes(6));
        return Duration.ofNanos(System.nanoTime() - began);
    }

    void stop() throws IOException, InterruptedException {
        run(List.of("deploy/local/run", "--stop"), Duration.ofMinutes(3));
    }

    /** The repository the suite runs from. */
    Path repo() {
        return repo;
    }

    /** The root keys the launcher generated (or was given) for this data directory. */
    Map<String, String> rootCredentials() throws IOException {
        Map<String, String> values = new java.util.HashMap<>();
        for (String line : Files.readAllLines(data.resolve("root-credentials.env"))) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1).replace("'", ""));
            }
        }
        return Map.of(
                "accessKeyId", values.get("COGNATE_ROOT_ACCESS_KEY_ID"),
                "secretAccessKey", values.get("COGNATE_ROOT_SECRET_ACCESS_KEY"));
    }

    private void run(List<String> command, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(data);
        Path log = data.resolve("launcher.log");
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .directory(repo.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("COGNATE_DATA_DIR", data.toString());
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroy();
            throw new IllegalStateException(command + " did not finish; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    command + " failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
    }
}
