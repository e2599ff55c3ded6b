package io.cognate.infra;

/** Whether the caller's environment or system properties already point at a server. */
final class ExternalConfig {

    private ExternalConfig() {}

    /** True when environment variable {@code env} or system property {@code property} is set. */
    static boolean isSet(String env, String property) {
        return !blank(System.getenv(env)) || !blank(System.getProperty(property));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
