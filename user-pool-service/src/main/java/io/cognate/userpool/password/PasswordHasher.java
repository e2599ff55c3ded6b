package io.cognate.userpool.password;

import io.cognate.userpool.platform.CognateConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Argon2id password hashing for every feature (admin users, sign-up, sign-in). Hashing runs on a
 * dedicated, bounded Vert.x worker pool and the result comes back on the caller's context, so
 * reactive sessions continue on their own thread and the event loop never computes a hash.
 */
@ApplicationScoped
public class PasswordHasher {

    /** {@code PasswordType} allows 256 characters; longer input is refused, never truncated. */
    public static final int MAX_PASSWORD_LENGTH = 256;

    private static final int SALT_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final WorkerExecutor workers;
    private final CognateConfig.Password.Argon2 cost;
    private volatile Argon2Phc dummy;

    PasswordHasher(Vertx vertx, CognateConfig config) {
        this.cost = config.password().argon2();
        int threads =
                config.password().workers().orElse(Runtime.getRuntime().availableProcessors());
        this.workers = vertx.createSharedWorkerExecutor("password-hashing", threads);
    }

    /** A new PHC string for {@code password} with a fresh 16-byte salt and the configured cost. */
    public Uni<String> hash(String password) {
        requireWithinLimit(password);
        return offLoop(() -> newHash(password).encode());
    }

    /** Whether {@code password} matches the stored PHC string; false for unreadable hashes. */
    public Uni<Boolean> verify(String password, String storedHash) {
        requireWithinLimit(password);
        return offLoop(
                () -> Argon2Phc.parse(storedHash).map(h -> h.matches(password)).orElse(false));
    }

    /**
     * Costs what {@link #verify} costs and always answers false: callers run it for unknown users
     * so that a response's timing does not reveal whether a user exists.
     */
    public Uni<Boolean> verifyDummy(String password) {
        requireWithinLimit(password);
        return offLoop(
                () -> {
                    dummyHash().matches(password);
                    return false;
                });
    }

    @PreDestroy
    void close() {
        workers.closeAndForget();
    }

    private Argon2Phc newHash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return Argon2Phc.compute(
                password, salt, cost.memoryKib(), cost.iterations(), cost.parallelism());
    }

    private Argon2Phc dummyHash() {
        Argon2Phc current = dummy;
        if (current == null) {
            // Computed once, on a worker thread, with the configured cost of real hashes.
            current = newHash(UUID.randomUUID().toString());
            dummy = current;
        }
        return current;
    }

    private <T> Uni<T> offLoop(java.util.concurrent.Callable<T> work) {
        return workers.executeBlocking(work, false);
    }

    private static void requireWithinLimit(String password) {
        if (password == null || password.length() > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password missing or over the model's maximum");
        }
    }
}
