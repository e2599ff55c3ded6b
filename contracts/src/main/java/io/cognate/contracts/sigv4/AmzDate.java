package io.cognate.contracts.sigv4;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The ISO 8601 basic timestamp SigV4 uses in {@code X-Amz-Date}: {@code 20150830T123600Z}. */
final class AmzDate {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
                    .withResolverStyle(ResolverStyle.STRICT)
                    .withZone(ZoneOffset.UTC);

    private AmzDate() {}

    static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The instant, or empty when the text is not exactly the basic format. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.length() != 16) {
            return Optional.empty();
        }
        Instant plain = parseDigits(text);
        if (plain != null) {
            return Optional.of(plain);
        }
        // Anything but the plain digits takes the formatter's way, which decides as before.
        try {
            return Optional.of(LocalDateTime.parse(text, FORMAT).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code yyyyMMdd'T'HHmmss'Z'} in plain ASCII digits, read by hand: the formatter's parse
     * showed in every verification. Null when the text is not of that shape or names no valid time
     * (the same dates and times as the strict formatter: no 24:00, no leap second, no 30 February).
     */
    private static Instant parseDigits(String text) {
        if (text.charAt(8) != 'T' || text.charAt(15) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 4, 6);
        int day = digits(text, 6, 8);
        int hour = digits(text, 9, 11);
        int minute = digits(text, 11, 13);
        int second = digits(text, 13, 15);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal value of {@code text[from, to)}, or -1 when a character is not 0-9. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
