package io.cognate.contracts.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written X-Amz-Date reader decides every text as the strict formatter does. */
class AmzDateTest {

    private static final DateTimeFormatter STRICT =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
                    .withResolverStyle(ResolverStyle.STRICT)
                    .withZone(ZoneOffset.UTC);

    @Test
    void parseWhenSuiteDateThenThatInstant() {
        assertThat(AmzDate.parse("20150830T123600Z"))
                .contains(Instant.parse("2015-08-30T12:36:00Z"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "20150830T123600Z",
                "20240229T235959Z",
                "00000101T000000Z",
                "99991231T235959Z",
                "20230229T000000Z",
                "20150431T000000Z",
                "20151330T000000Z",
                "20150800T000000Z",
                "20150830T240000Z",
                "20150830T236000Z",
                "20150830T235960Z",
                "20150830t123600Z",
                "20150830T123600z",
                "2015083 T123600Z",
                "+0150830T123600Z",
                "-0150830T123600Z",
                "2015-8-30T12360Z",
                "\uff12\uff10\uff11\uff15\uff10\uff18\uff13\uff10T123600Z",
                "20150830T123600",
                "20150830T123600ZZ",
                ""
            })
    void parseWhenAnyTextThenSameAnswerAsStrictFormatter(String text) {
        assertThat(AmzDate.parse(text)).isEqualTo(reference(text));
    }

    private static Optional<Instant> reference(String text) {
        if (text.length() != 16) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text, STRICT).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
