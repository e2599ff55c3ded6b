package io.cognate.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak (the dist Maven unpacked under {@code target/}, see the module's pom) started as
 * its own process in dev mode on free ports of 127.0.0.1, with fresh data each time, and its admin
 * REST API. Output goes to {@code <data>/keycloak.log}. {@link #close()} stops it and what it
 * started.
 */
final class Keycloak implements AutoCloseable {

    private static final String ADMIN = "admin";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String adminPassword;

    private Keycloak(Process process, Path log, URI base, String adminPassword) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.adminPassword = adminPassword;
    }

    /** Launches Keycloak and returns at once; {@link #awaitReady(Duration)} waits for it. */
    static Keycloak launch(Path home, Path logDirectory) throws IOException {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(
                    home + "/bin/kc.sh not found: the pom's unpack-keycloak step did not run");
        }
        deleteRecursively(home.resolve("data"));
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve("keycloak.log");
        int port = freePort();
        String password = "e2e-" + Long.toHexString(System.nanoTime());
        ProcessBuilder builder =
                new ProcessBuilder(
                                home.resolve("bin/kc.sh").toString(),
                                "start-dev",
                                "--http-host=127.0.0.1",
                                "--http-port=" + port,
                                "--http-management-port=" + freePort())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", password);
        return new Keycloak(builder.start(), log, URI.create("http://127.0.0.1:" + port), password);
    }

    /** Waits until the master realm answers; fails early if the process died. */
    Keycloak awaitReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        URI master = base.resolve("/realms/master");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start-up; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(master).build(), discarding()).statusCode()
                        == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            // Readiness has no event to wait on; a pause keeps the two cores for Keycloak itself.
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak not ready after " + timeout + "; see " + log);
    }

    /** POSTs {@code json} to the admin API at {@code path} (under /admin/realms). */
    void post(String path, Object json) throws Exception {
        HttpResponse<String> reply =
                http.send(
                        admin(path)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                JSON.writeValueAsString(json)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    "Keycloak POST " + path + ": " + reply.statusCode() + " " + reply.body());
        }
    }

    /** GETs a public page of Keycloak, such as a realm's SAML descriptor. */
    String get(String path) throws Exception {
        HttpResponse<String> reply =
                http.send(
                        HttpRequest.newBuilder(base.resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("Keycloak GET " + path + ": " + reply.statusCode());
        }
        return reply.body();
    }

    private HttpRequest.Builder admin(String path) throws Exception {
        String form =
                "grant_type=password&client_id=admin-cli&username="
                        + ADMIN
                        + "&password="
                        + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8);
        HttpResponse<String> token =
                http.send(
                        HttpRequest.newBuilder(
                                        base.resolve(
                                                "/realms/master/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String accessToken = JSON.readTree(token.body()).path("access_token").asText();
        return HttpRequest.newBuilder(base.resolve("/admin/realms" + path))
                .header("Authorization", "Bearer " + accessToken);
    }

    /** Stops Keycloak's JVM (kc.sh's child, if kc.sh did not exec it) and kc.sh. */
    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static HttpResponse.BodyHandler<Void> discarding() {
        return HttpResponse.BodyHandlers.discarding();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
