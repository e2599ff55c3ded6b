package io.cognate.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A postmaster left running on a persistent data directory by a launcher JVM that was killed
 * (SIGKILL, OOM) would lock the directory and its port forever; this stops it first.
 */
final class StalePostmaster {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private StalePostmaster() {}

    static void stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> postmaster = running(dataDirectory.resolve("postmaster.pid"));
        if (postmaster.isEmpty()) {
            return;
        }
        long pid = postmaster.get().pid();
        System.out.println("stopping a postmaster left running on this data directory, pid " + pid);
        try {
            // SIGINT = PostgreSQL's "fast" shutdown; ProcessHandle can only send SIGTERM ("smart").
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (postmaster.get().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not stop postmaster " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (postmaster.get().isAlive()) {
            throw new IllegalStateException("Postmaster " + pid + " did not stop within " + WAIT);
        }
    }

    private static Optional<ProcessHandle> running(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().orElse("").endsWith("/postgres"));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
