package io.cognate.userpool.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RFC 6238 Appendix B vectors (SHA-1 secret "12345678901234567890"), cut to six digits. */
class TotpTest {

    static final String RFC_SECRET =
            Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codeWhenRfc6238VectorsThenTheirLastSixDigits() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void matchWhenCodeOneStepAwayThenAcceptedAndTwoStepsAwayRefused() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);

        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
        assertThat(Totp.match(RFC_SECRET, "12a456", now)).isEmpty();
        assertThat(Totp.match(RFC_SECRET, null, now)).isEmpty();
    }

    @Test
    void newSecretWhenGeneratedThenBase32Of32RandomBytes() {
        String secret = Totp.newSecret();

        assertThat(secret).hasSize(52).matches("[A-Z2-7]+");
        assertThat(Base32.decode(secret)).hasSize(32);
        assertThat(Base32.encode(Base32.decode(secret))).isEqualTo(secret);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
    }
}
