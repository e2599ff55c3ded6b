package io.cognate.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Closed-loop load: N workers each repeat one operation back to back; the first {@code warmUp}
 * seconds are not measured, then every completion within {@code duration} seconds is timed.
 */
final class Load {

    /** One unit of work; each worker gets its own (so it can hold its own token or connection). */
    interface Op {
        void run() throws Exception;
    }

    record Result(String label, int workers, long count, long errors, double seconds, long[] nanos) {
        double perSecond() {
            return count / seconds;
        }

        double percentileMs(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }

        String line() {
            return String.format(
                    "RESULT|%s|%d|%.1f|%.1f|%.1f|%d|%d",
                    label, workers, perSecond(), percentileMs(50), percentileMs(99), count, errors);
        }
    }

    static Result run(
            String label, int workers, double warmUp, double duration, Supplier<Op> factory)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmUp * 1e9);
        long measureTo = measureFrom + (long) (duration * 1e9);
        AtomicLong errors = new AtomicLong();
        List<long[]> samples = new ArrayList<>();
        int[] sizes = new int[workers];
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            long[][] holder = {new long[1 << 16]};
            samples.add(null);
            int id = w;
            Thread t =
                    new Thread(
                            () -> {
                                Op op;
                                try {
                                    op = factory.get();
                                } catch (RuntimeException e) {
                                    System.err.println(label + ": worker set-up failed: " + e);
                                    errors.incrementAndGet();
                                    return;
                                }
                                int n = 0;
                                long lastError = 0;
                                while (true) {
                                    long began = System.nanoTime();
                                    if (began >= measureTo) {
                                        break;
                                    }
                                    try {
                                        op.run();
                                    } catch (Exception e) {
                                        if (began >= measureFrom) {
                                            errors.incrementAndGet();
                                        }
                                        if (began - lastError > 5_000_000_000L) {
                                            System.err.println(label + ": " + e);
                                            lastError = began;
                                        }
                                        continue;
                                    }
                                    long ended = System.nanoTime();
                                    if (began >= measureFrom && ended <= measureTo) {
                                        if (n == holder[0].length) {
                                            holder[0] = Arrays.copyOf(holder[0], n * 2);
                                        }
                                        holder[0][n++] = ended - began;
                                    }
                                }
                                synchronized (samples) {
                                    samples.set(id, holder[0]);
                                    sizes[id] = n;
                                }
                            },
                            label + "-" + w);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = Arrays.stream(sizes).sum();
        long[] all = new long[total];
        int at = 0;
        for (int w = 0; w < workers; w++) {
            if (samples.get(w) != null) {
                System.arraycopy(samples.get(w), 0, all, at, sizes[w]);
                at += sizes[w];
            }
        }
        Arrays.sort(all);
        return new Result(label, workers, total, errors.get(), duration, all);
    }

    private Load() {}
}
