package io.cognate.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User-enumeration timing (SECURITY-CASES 13): each worker repeats, back to back, a wrong password
 * for a known user, a sign-in as a user that does not exist, then the right password for the known
 * user (untimed: it ends the failure streak, so the lockout never answers early). The first two are
 * timed separately, interleaved, so both see the same load; their distributions and answers must
 * match.
 */
final class Enumeration {

    record Outcome(Load.Result known, Load.Result unknown, Set<String> answers) {}

    static Outcome run(
            Cognito.Factory cognito,
            String knownUser,
            String password,
            int workers,
            double warmUp,
            double duration)
            throws InterruptedException {
        long measureFrom = System.nanoTime() + (long) (warmUp * 1e9);
        long measureTo = measureFrom + (long) (duration * 1e9);
        Set<String> answers = ConcurrentHashMap.newKeySet();
        List<long[]> known = new ArrayList<>();
        List<long[]> unknown = new ArrayList<>();
        long[] errors = new long[workers];
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int id = w;
            long[][] k = {new long[1024]};
            long[][] u = {new long[1024]};
            int[] n = {0};
            known.add(null);
            unknown.add(null);
            Thread t =
                    new Thread(
                            () -> {
                                Cognito c = cognito.create();
                                String user = knownUser + id;
                                String wrong = password + "-wrong";
                                while (System.nanoTime() < measureTo) {
                                    try {
                                        long a = System.nanoTime();
                                        answers.add(c.refusedSignIn(user, wrong));
                                        long b = System.nanoTime();
                                        answers.add(
                                                c.refusedSignIn("nobody-" + id + "-" + b, wrong));
                                        long e = System.nanoTime();
                                        c.passwordSignIn(user, password);
                                        if (a >= measureFrom && e <= measureTo) {
                                            if (n[0] == k[0].length) {
                                                k[0] = Arrays.copyOf(k[0], n[0] * 2);
                                                u[0] = Arrays.copyOf(u[0], n[0] * 2);
                                            }
                                            k[0][n[0]] = b - a;
                                            u[0][n[0]++] = e - b;
                                        }
                                    } catch (Exception ex) {
                                        errors[id]++;
                                        System.err.println("enumeration: " + ex);
                                    }
                                }
                                synchronized (known) {
                                    known.set(id, Arrays.copyOf(k[0], n[0]));
                                    unknown.set(id, Arrays.copyOf(u[0], n[0]));
                                }
                            },
                            "enumeration-" + w);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long errorCount = Arrays.stream(errors).sum();
        return new Outcome(
                result("enum-known-wrong-password", workers, known, errorCount, duration),
                result("enum-unknown-user", workers, unknown, errorCount, duration),
                answers);
    }

    private static Load.Result result(
            String label, int workers, List<long[]> samples, long errors, double duration) {
        long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Load.Result(label, workers, all.length, errors, duration, all);
    }

    private Enumeration() {}
}
