package io.cognate.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Kafka's broker logs hundreds of INFO lines on start-up. In a test JVM its SLF4J calls end in
 * java.util.logging (Quarkus binds SLF4J to JBoss LogManager, which is the JUL manager there), so
 * raising these JUL categories to WARNING keeps test output readable. The launcher binds SLF4J to
 * log4j instead and configures the same levels in its own file.
 */
final class QuietLogging {

    private static final List<String> KAFKA_CATEGORIES =
            List.of("kafka", "org.apache.kafka", "state.change.logger");

    /** Strong references: JUL may forget the level of a logger that is garbage collected. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private QuietLogging() {}

    static synchronized void kafkaAtWarn() {
        if (!QUIETED.isEmpty()) {
            return;
        }
        for (String category : KAFKA_CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger);
        }
    }
}
