package io.cognate.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Recursive delete for the temporary directories of the embedded servers. */
final class FileTrees {

    private FileTrees() {}

    /** Deletes {@code root} and everything below it; a file that cannot be deleted is skipped. */
    static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(FileTrees::deleteOne);
        } catch (IOException | RuntimeException e) {
            // Best effort: a leftover temp directory is not worth failing a test run over.
        }
    }

    private static void deleteOne(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Skipped, see deleteQuietly.
        }
    }
}
