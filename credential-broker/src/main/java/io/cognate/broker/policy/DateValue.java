package io.cognate.broker.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The date forms IAM's Date operators accept: ISO 8601 (with or without time) and epoch seconds.
 */
final class DateValue {

    /** Year 9999: anything later is no date a request carries. */
    private static final BigDecimal LATEST = BigDecimal.valueOf(253402300799L);

    private DateValue() {}

    /** The instant, or null when {@code text} is no date. */
    static Instant parse(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
            return epochSeconds(value);
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            // fall through to the forms without an offset, read as UTC
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // fall through
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
            return null;
        }
    }

    private static Instant epochSeconds(String value) {
        try {
            BigDecimal seconds = new BigDecimal(value);
            if (seconds.compareTo(LATEST) > 0) {
                return null;
            }
            long nanos = seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue();
            return Instant.ofEpochSecond(seconds.longValue(), nanos);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
