package io.cognate.broker.policy;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code aws:CurrentTime} and {@code aws:EpochTime} of one second, formatted once: every request of
 * that second asks for the same text, and formatting an Instant showed in every {@code
 * /internal/verify}. The last second is kept; a request of another second formats its own.
 */
record TimeKeys(long second, List<String> currentTime, List<String> epochTime) {

    private static volatile TimeKeys last = of(0);

    static TimeKeys at(long second) {
        TimeKeys known = last;
        if (known.second() == second) {
            return known;
        }
        TimeKeys fresh = of(second);
        last = fresh;
        return fresh;
    }

    private static TimeKeys of(long second) {
        return new TimeKeys(
                second,
                List.of(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(second))),
                List.of(Long.toString(second)));
    }
}
