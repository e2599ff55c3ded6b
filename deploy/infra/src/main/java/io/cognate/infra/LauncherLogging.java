package io.cognate.infra;

import java.net.URL;

/**
 * Points log4j 2 (the SLF4J binding that {@code target/lib} carries for the launcher) at this
 * module's configuration: INFO to standard output, Kafka's chatty categories at WARN.
 */
final class LauncherLogging {

    private static final String PROPERTY = "log4j2.configurationFile";

    private LauncherLogging() {}

    /** Must run before the first logger is created. A configuration given with -D wins. */
    static void configure() {
        URL config = LauncherLogging.class.getResource("launcher-log4j2.properties");
        if (System.getProperty(PROPERTY) == null && config != null) {
            System.setProperty(PROPERTY, config.toString());
        }
    }
}
