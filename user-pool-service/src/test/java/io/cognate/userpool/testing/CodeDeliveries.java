package io.cognate.userpool.testing;

import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import java.util.List;
import javax.sql.DataSource;

/**
 * The codes an operation asked to deliver to a user, read from the outbox ({@link ConfigEventLog}).
 */
public final class CodeDeliveries {

    private CodeDeliveries() {}

    /** Every CodeDeliveryRequested of the user {@code sub}, oldest first. */
    public static List<CodeDeliveryRequested> of(DataSource dataSource, String sub) {
        return ConfigEventLog.eventsFor(dataSource, sub).stream()
                .filter(CodeDeliveryRequested.class::isInstance)
                .map(CodeDeliveryRequested.class::cast)
                .toList();
    }

    /** The user's latest CodeDeliveryRequested. */
    public static CodeDeliveryRequested last(DataSource dataSource, String sub) {
        List<CodeDeliveryRequested> sent = of(dataSource, sub);
        return sent.get(sent.size() - 1);
    }
}
