package io.cognate.userpool.srp;

import io.cognate.userpool.platform.CognateConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;

/**
 * The bounded worker pool every SRP modular exponentiation runs on. Results come back on the
 * caller's context, so a reactive session continues on its own thread and the event loop never
 * computes a modexp.
 */
@ApplicationScoped
class SrpWorkers {

    private final WorkerExecutor workers;

    SrpWorkers(Vertx vertx, CognateConfig config) {
        int threads = config.srp().workers().orElse(Runtime.getRuntime().availableProcessors());
        this.workers = vertx.createSharedWorkerExecutor("srp", threads);
    }

    <T> Uni<T> run(Callable<T> work) {
        return workers.executeBlocking(work, false);
    }

    @PreDestroy
    void close() {
        workers.closeAndForget();
    }
}
