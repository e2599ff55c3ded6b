package io.cognate.bench;

import io.cognate.contracts.srp.PasswordKey;
import io.cognate.contracts.srp.SrpGroup;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * {@code Bench <scenario> key=value...}: runs one scenario with {@code workers} closed-loop workers
 * for {@code warmup} + {@code duration} seconds and prints one {@code RESULT|...} line. Scenarios:
 * password, srp, refresh, enumeration (user-pool-service), credentials (identity-pool-service
 * GetId + GetCredentialsForIdentity), verify (credential broker), kc-refresh (Keycloak), argon2 and modexp (ceilings,
 * in this JVM). {@code Bench requests <scenario> out=FILE key=value...} writes the requests
 * {@code bench/wrk.lua} replays instead ({@link WrkRequests}).
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Bench [requests] password|srp|refresh|enumeration|credentials|verify|kc-refresh|argon2|modexp key=value...");
            System.exit(2);
        }
        if (args[0].equals("requests")) {
            Map<String, String> o = options(args, 2);
            WrkRequests.write(args[1], o, () -> user(o));
            return;
        }
        Map<String, String> o = options(args, 1);
        int workers = Integer.parseInt(o.getOrDefault("workers", "8"));
        double warmUp = Double.parseDouble(o.getOrDefault("warmup", "10"));
        double duration = Double.parseDouble(o.getOrDefault("duration", "30"));
        String label = o.getOrDefault("label", args[0]);
        Load.Result result =
                switch (args[0]) {
                    case "password" -> Load.run(label, workers, warmUp, duration, () -> {
                        Cognito c = cognito(o);
                        String user = user(o);
                        return () -> c.passwordSignIn(user, o.get("password"));
                    });
                    case "srp" -> Load.run(label, workers, warmUp, duration, () -> {
                        Cognito c = cognito(o);
                        String user = user(o);
                        Map<String, PasswordKey> keys = new HashMap<>();
                        return () -> c.srpSignIn(user, o.get("password"), keys);
                    });
                    case "refresh" -> Load.run(label, workers, warmUp, duration, () -> {
                        Cognito c = cognito(o);
                        String token = unchecked(() -> c.passwordSignIn(user(o), o.get("password")));
                        return () -> c.refresh(token);
                    });
                    case "enumeration" -> {
                        var outcome =
                                Enumeration.run(
                                        () -> cognito(o),
                                        o.get("user-prefix"),
                                        o.get("password"),
                                        workers,
                                        warmUp,
                                        duration);
                        System.out.println(outcome.known().line());
                        System.out.println(outcome.unknown().line());
                        // Identical refusals: one distinct answer for both kinds of request.
                        System.err.println("enumeration answers: " + outcome.answers());
                        if (outcome.answers().size() != 1) {
                            throw new IllegalStateException(
                                    "known and unknown users got different answers: "
                                            + outcome.answers());
                        }
                        yield null;
                    }
                    case "credentials" -> Load.run(label, workers, warmUp, duration, () -> {
                        Identity identity = identity(o);
                        return () -> identity.credentials();
                    });
                    case "verify" -> Load.run(label, workers, warmUp, duration, () -> {
                        Identity.Credentials issued = unchecked(() -> identity(o).credentials());
                        Verify verify =
                                new Verify(
                                        o.get("broker"),
                                        o.getOrDefault("region", "us-east-1"),
                                        o.get("action"),
                                        o.get("resource"),
                                        issued);
                        return verify::allowed;
                    });
                    case "kc-refresh" -> Load.run(label, workers, warmUp, duration, () -> {
                        Keycloak k = new Keycloak(o.get("token-url"), o.get("client"));
                        String token = unchecked(() -> k.passwordGrant(user(o), o.get("password")));
                        return () -> k.refresh(token);
                    });
                    case "argon2" -> {
                        int m = Integer.parseInt(o.getOrDefault("memory-kib", "19456"));
                        int t = Integer.parseInt(o.getOrDefault("iterations", "2"));
                        int p = Integer.parseInt(o.getOrDefault("parallelism", "1"));
                        if (o.containsKey("cognate-jar")) {
                            CognateArgon2 cognate = CognateArgon2.load(Path.of(o.get("cognate-jar")));
                            yield Load.run(label, workers, warmUp, duration, () -> () -> cognate.hash(m, t, p));
                        }
                        yield Load.run(label, workers, warmUp, duration, () -> () -> argon2(m, t, p));
                    }
                    case "modexp" -> {
                        int bits = Integer.parseInt(o.getOrDefault("exponent-bits", "256"));
                        yield Load.run(label, workers, warmUp, duration, () -> {
                            SecureRandom random = new SecureRandom();
                            BigInteger base = new BigInteger(3071, random);
                            return () -> {
                                BigInteger e = new BigInteger(bits, random);
                                if (base.modPow(e, SrpGroup.N).signum() == 0) {
                                    throw new IllegalStateException("zero");
                                }
                            };
                        });
                    }
                    default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
                };
        if (result != null) {
            System.out.println(result.line());
        }
    }

    private static Map<String, String> options(String[] args, int from) {
        Map<String, String> o = new HashMap<>();
        for (int i = from; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            o.put(kv[0], kv[1]);
        }
        return o;
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_USER =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Worker i signs in as {@code <user-prefix><i mod users>}, so users are spread evenly. */
    private static String user(Map<String, String> o) {
        int users = Integer.parseInt(o.getOrDefault("users", "1"));
        return o.get("user-prefix") + (NEXT_USER.getAndIncrement() % users);
    }

    /** Signs a user in once and keeps its ID token for every identity-pool call it makes. */
    private static Identity identity(Map<String, String> o) {
        String idToken = unchecked(() -> cognito(o).idToken(user(o), o.get("password")));
        return new Identity(o.get("identity-endpoint"), o.get("identity-pool"), o.get("provider"), idToken);
    }

    private static Cognito cognito(Map<String, String> o) {
        return new Cognito(o.get("endpoint"), o.get("pool"), o.get("client"));
    }

    private static void argon2(int memoryKib, int iterations, int parallelism) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(
                new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                        .withMemoryAsKB(memoryKib)
                        .withIterations(iterations)
                        .withParallelism(parallelism)
                        .withSalt(salt)
                        .build());
        byte[] out = new byte[32];
        generator.generateBytes("correct horse battery staple".getBytes(), out);
    }

    interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T unchecked(Call<T> call) {
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Bench() {}
}
