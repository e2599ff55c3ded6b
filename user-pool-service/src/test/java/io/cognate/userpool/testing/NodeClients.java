package io.cognate.userpool.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs the node scripts of {@code src/test/js} (real npm clients: amazon-cognito-identity-js,
 * aws-jwt-verify) with Node.js: JSON in on stdin, one JSON object out on stdout. The build installs
 * their packages in {@code generate-test-resources} ({@code src/test/js/install.js}).
 */
public final class NodeClients {

    /** Longer than any script needs against a local server; a hung script fails, not hangs. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeClients() {}

    /** Runs {@code src/test/js/<script>} with {@code input} serialized as JSON on stdin. */
    public static JsonNode run(String script, Object input) {
        Path dir = directory();
        try {
            Path out = Files.createTempFile("node-client", ".out");
            Path err = Files.createTempFile("node-client", ".err");
            try {
                return run(dir, script, JSON.writeValueAsBytes(input), out, err);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("running node " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running node " + script, e);
        }
    }

    private static JsonNode run(Path dir, String script, byte[] input, Path out, Path err)
            throws IOException, InterruptedException {
        Process node =
                new ProcessBuilder("node", script)
                        .directory(dir.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
        try (OutputStream stdin = node.getOutputStream()) {
            stdin.write(input);
        }
        if (!node.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            node.destroyForcibly().waitFor();
            throw new AssertionError(
                    "node " + script + " did not finish in " + TIMEOUT + ": " + text(err));
        }
        if (node.exitValue() != 0) {
            throw new AssertionError(
                    "node " + script + " exited " + node.exitValue() + ": " + text(err));
        }
        return JSON.readTree(out.toFile());
    }

    private static Path directory() {
        Path dir = Path.of(System.getProperty("js-clients.dir", "src/test/js"));
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            throw new IllegalStateException(
                    "npm packages missing in "
                            + dir.toAbsolutePath()
                            + ": run ./mvnw -pl user-pool-service generate-test-resources");
        }
        return dir;
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
