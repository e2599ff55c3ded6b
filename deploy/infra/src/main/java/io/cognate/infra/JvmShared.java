package io.cognate.infra;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One instance per JVM of each shared server, even when Quarkus loads the test resources in more
 * than one class loader: the registry is the map of the copy of this class that the system class
 * loader holds, and the values put in it are plain JDK types.
 */
final class JvmShared {

    /** Used through {@link #registry()} only, so that every class loader reaches the same one. */
    private static final Map<String, Object> INSTANCES = new HashMap<>();

    private JvmShared() {}

    /** The value for {@code key}, created once per JVM by {@code create}. */
    static Object computeIfAbsent(String key, Supplier<?> create) {
        Map<String, Object> registry = registry();
        synchronized (registry) {
            Object value = registry.get(key);
            if (value == null) {
                value = create.get();
                registry.put(key, value);
            }
            return value;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> registry() {
        try {
            Class<?> root =
                    Class.forName(
                            JvmShared.class.getName(), true, ClassLoader.getSystemClassLoader());
            Field field = root.getDeclaredField("INSTANCES");
            field.setAccessible(true);
            return (Map<String, Object>) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException notOnTheSystemClassPath) {
            return INSTANCES;
        }
    }
}
