package io.cognate.userpool.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same call from many threads released at once, and tallies how each one ended. */
public final class Parallel {

    public static final String OK = "OK";

    private Parallel() {}

    /** Outcome ("OK" or the exception's simple class name) to how many calls ended so. */
    public static Map<String, Integer> tally(int calls, Runnable call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                outcomes.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    try {
                                        call.run();
                                        return OK;
                                    } catch (RuntimeException e) {
                                        return e.getClass().getSimpleName();
                                    }
                                }));
            }
            start.countDown();
            Map<String, Integer> tally = new TreeMap<>();
            for (Future<String> outcome : outcomes) {
                tally.merge(outcome.get(2, TimeUnit.MINUTES), 1, Integer::sum);
            }
            return tally;
        } finally {
            pool.shutdownNow();
        }
    }
}
