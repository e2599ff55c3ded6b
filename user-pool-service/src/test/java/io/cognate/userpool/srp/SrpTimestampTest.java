package io.cognate.userpool.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SrpTimestampTest {

    private static final Duration SKEW = Duration.ofMinutes(5);

    @Test
    void parseWhenCognitoFormatThenTheInstant() {
        assertThat(SrpTimestamp.parse("Thu Nov 5 01:02:03 UTC 2026"))
                .contains(Instant.parse("2026-11-05T01:02:03Z"));
        assertThat(SrpTimestamp.parse("Sat Sep 5 23:59:59 UTC 2026"))
                .contains(Instant.parse("2026-09-05T23:59:59Z"));
        assertThat(SrpTimestamp.parse("Tue Feb 29 00:00:00 UTC 2028"))
                .contains(Instant.parse("2028-02-29T00:00:00Z"));
    }

    @Test
    void parseWhenZeroPaddedDayOrWrongWeekdayOrMalformedThenRefused() {
        assertThat(SrpTimestamp.parse("Sat Sep 05 23:59:59 UTC 2026")).isEmpty();
        assertThat(SrpTimestamp.parse("Fri Sep 5 23:59:59 UTC 2026")).isEmpty();
        assertThat(SrpTimestamp.parse("Thu Feb 30 01:02:03 UTC 2026")).isEmpty();
        assertThat(SrpTimestamp.parse("Thu Nov 5 1:02:03 UTC 2026")).isEmpty();
        assertThat(SrpTimestamp.parse("Thu Nov 5 24:02:03 UTC 2026")).isEmpty();
        assertThat(SrpTimestamp.parse("Thu Nov 5 01:02:03 GMT 2026")).isEmpty();
        assertThat(SrpTimestamp.parse("thu nov 5 01:02:03 UTC 2026")).isEmpty();
        assertThat(SrpTimestamp.parse("Thu Nov  5 01:02:03 UTC 2026")).isEmpty();
        assertThat(SrpTimestamp.parse("Thu Nov 5 01:02:03 UTC 2026 ")).isEmpty();
        assertThat(SrpTimestamp.parse("Thu Xyz 5 01:02:03 UTC 2026")).isEmpty();
        assertThat(SrpTimestamp.parse("2026-11-05T01:02:03Z")).isEmpty();
        assertThat(SrpTimestamp.parse("")).isEmpty();
        assertThat(SrpTimestamp.parse(null)).isEmpty();
    }

    @Test
    void acceptableWhenWithinFiveMinutesEitherWayThenTrueElseFalse() {
        Instant now = Instant.parse("2026-11-05T01:02:03Z");

        assertThat(SrpTimestamp.acceptable("Thu Nov 5 01:02:03 UTC 2026", now, SKEW)).isTrue();
        assertThat(SrpTimestamp.acceptable("Thu Nov 5 00:57:03 UTC 2026", now, SKEW)).isTrue();
        assertThat(SrpTimestamp.acceptable("Thu Nov 5 01:07:03 UTC 2026", now, SKEW)).isTrue();
        assertThat(SrpTimestamp.acceptable("Thu Nov 5 00:57:02 UTC 2026", now, SKEW)).isFalse();
        assertThat(SrpTimestamp.acceptable("Thu Nov 5 01:07:04 UTC 2026", now, SKEW)).isFalse();
        assertThat(SrpTimestamp.acceptable("Thu Nov 05 01:02:03 UTC 2026", now, SKEW)).isFalse();
    }

    @Test
    void formatWhenSingleDigitDayThenNotPaddedAndParsesBack() {
        Instant t = Instant.parse("2026-09-05T07:08:09Z");

        assertThat(SrpTimestamp.format(t)).isEqualTo("Sat Sep 5 07:08:09 UTC 2026");
        assertThat(SrpTimestamp.parse(SrpTimestamp.format(t))).contains(t);
    }
}
