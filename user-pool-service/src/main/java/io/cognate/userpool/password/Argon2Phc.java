package io.cognate.userpool.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * One Argon2id hash in the PHC string format, {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$
 * <salt>$<hash>} with unpadded standard Base64, as the reference implementation writes it. The
 * parameters travel with the hash, so raising the cost never invalidates stored passwords.
 */
final class Argon2Phc {

    static final int HASH_BYTES = 32;
    private static final String PREFIX = "$argon2id$v=19$";
    // Bounds for parsing: a tampered row must not make a verification allocate gigabytes.
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 16;
    private static final int MAX_PARALLELISM = 16;

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final byte[] salt;
    private final byte[] hash;

    private Argon2Phc(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes {@code password} (UTF-8, never truncated) with the given salt and cost. */
    static Argon2Phc compute(
            String password, byte[] salt, int memoryKib, int iterations, int parallelism) {
        return new Argon2Phc(
                memoryKib,
                iterations,
                parallelism,
                salt.clone(),
                derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES));
    }

    /** The stored hash, or empty for anything that is not an Argon2id v1.3 PHC string. */
    static Optional<Argon2Phc> parse(String phc) {
        if (phc == null || !phc.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = phc.substring(PREFIX.length()).split("\\$", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            int m = -1;
            int t = -1;
            int p = -1;
            for (String parameter : parts[0].split(",", -1)) {
                int value = Integer.parseInt(parameter.substring(2));
                switch (parameter.substring(0, 2)) {
                    case "m=" -> m = value;
                    case "t=" -> t = value;
                    case "p=" -> p = value;
                    default -> throw new IllegalArgumentException(parameter);
                }
            }
            byte[] salt = Base64.getDecoder().decode(parts[1]);
            byte[] hash = Base64.getDecoder().decode(parts[2]);
            boolean sane =
                    p >= 1
                            && p <= MAX_PARALLELISM
                            && m >= 8 * p
                            && m <= MAX_MEMORY_KIB
                            && t >= 1
                            && t <= MAX_ITERATIONS
                            && salt.length >= 8
                            && hash.length >= 16;
            return sane ? Optional.of(new Argon2Phc(m, t, p, salt, hash)) : Optional.empty();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Recomputes with the stored salt and cost; compares in constant time. */
    boolean matches(String password) {
        byte[] candidate = derive(password, salt, memoryKib, iterations, parallelism, hash.length);
        return MessageDigest.isEqual(candidate, hash);
    }

    String encode() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX
                + "m="
                + memoryKib
                + ",t="
                + iterations
                + ",p="
                + parallelism
                + "$"
                + base64.encodeToString(salt)
                + "$"
                + base64.encodeToString(hash);
    }

    private static byte[] derive(
            String password, byte[] salt, int memoryKib, int iterations, int parallelism, int n) {
        return Argon2id.forThisThread()
                .hash(
                        password.getBytes(StandardCharsets.UTF_8),
                        salt,
                        new byte[0],
                        new byte[0],
                        memoryKib,
                        iterations,
                        parallelism,
                        n);
    }
}
