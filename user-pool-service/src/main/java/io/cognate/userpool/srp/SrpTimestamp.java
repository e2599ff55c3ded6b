package io.cognate.userpool.srp;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code TIMESTAMP} of a PASSWORD_VERIFIER answer, {@code EEE MMM d HH:mm:ss 'UTC' yyyy} in
 * English as amazon-cognito-identity-js's {@code DateHelper} writes it (e.g. {@code Thu Nov 5
 * 01:02:03 UTC 2026}). Parsed strictly, as Cognito does: a zero-padded day ({@code Nov 05}) or a
 * weekday that does not match the date is refused. A pattern rather than {@code DateTimeFormatter},
 * whose {@code d} would also accept {@code 05}.
 */
final class SrpTimestamp {

    private static final List<String> MONTHS =
            List.of(
                    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                    "Dec");
    private static final Pattern FORMAT =
            Pattern.compile(
                    "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([1-9]|[12][0-9]|3[01])"
                            + " ([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]) UTC ([0-9]{4})");

    private SrpTimestamp() {}

    /** The instant written, or empty when the text is not exactly in Cognito's format. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.length() > 40) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches() || !MONTHS.contains(m.group(2))) {
            return Optional.empty();
        }
        try {
            LocalDate date =
                    LocalDate.of(
                            Integer.parseInt(m.group(7)),
                            MONTHS.indexOf(m.group(2)) + 1,
                            Integer.parseInt(m.group(3)));
            String weekday = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            if (!weekday.equals(m.group(1))) {
                return Optional.empty();
            }
            LocalDateTime time =
                    date.atTime(
                            Integer.parseInt(m.group(4)),
                            Integer.parseInt(m.group(5)),
                            Integer.parseInt(m.group(6)));
            return Optional.of(time.toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) { // e.g. Feb 30
            return Optional.empty();
        }
    }

    /** Whether {@code text} is well-formed and within {@code skew} of {@code now}, either way. */
    static boolean acceptable(String text, Instant now, Duration skew) {
        return parse(text)
                .map(t -> Duration.between(t, now).abs().compareTo(skew) <= 0)
                .orElse(false);
    }

    /** {@code instant} as a client writes it (tests and tooling). */
    static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return "%s %s %d %02d:%02d:%02d UTC %d"
                .formatted(
                        t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                        MONTHS.get(t.getMonthValue() - 1),
                        t.getDayOfMonth(),
                        t.getHour(),
                        t.getMinute(),
                        t.getSecond(),
                        t.getYear());
    }
}
