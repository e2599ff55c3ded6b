package io.cognate.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The Argon2id that user-pool-service itself runs ({@code io.cognate.userpool.password.Argon2id},
 * package-private), loaded from the service's application jar, so the password sign-in rate is
 * compared with the raw rate of the very code it hashes with, not only with Bouncy Castle's.
 */
final class CognateArgon2 {

    private final Method forThisThread;
    private final Method hash;
    private final byte[] salt = new byte[16];

    private CognateArgon2(Method forThisThread, Method hash) {
        this.forThisThread = forThisThread;
        this.hash = hash;
        new SecureRandom().nextBytes(salt);
    }

    /** @param jar the service's application jar (quarkus-app/app/cognate-user-pool-service-*.jar) */
    static CognateArgon2 load(Path jar) throws Exception {
        // The service's Argon2id needs Bouncy Castle's BLAKE2b, which the generator has.
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, CognateArgon2.class.getClassLoader());
        Class<?> type = Class.forName("io.cognate.userpool.password.Argon2id", true, loader);
        Method forThisThread = type.getDeclaredMethod("forThisThread");
        Method hash = type.getDeclaredMethod(
                "hash", byte[].class, byte[].class, byte[].class, byte[].class, int.class, int.class, int.class, int.class);
        forThisThread.setAccessible(true);
        hash.setAccessible(true);
        return new CognateArgon2(forThisThread, hash);
    }

    void hash(int memoryKib, int iterations, int parallelism) {
        try {
            Object argon2 = forThisThread.invoke(null);
            hash.invoke(argon2, "correct horse battery staple".getBytes(), salt, new byte[0], new byte[0],
                    memoryKib, iterations, parallelism, 32);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
