package io.cognate.userpool.auth;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The token bucket in front of every sign-in: burst, refill, and one bucket per client+address. */
class SignInRateLimiterTest {

    private final MovableClock clock = new MovableClock();
    private final SignInRateLimiter limiter = new SignInRateLimiter(2, 3, clock);

    @Test
    void acquireWhenBurstSpentThenTooManyRequests() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("client", "203.0.113.7");
        }

        assertThatThrownBy(() -> limiter.acquire("client", "203.0.113.7"))
                .isInstanceOf(TooManyRequestsException.class)
                .hasMessage("Too many requests");
    }

    @Test
    void acquireWhenTimePassesThenBucketRefillsAtTheRate() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("client", "203.0.113.7");
        }
        clock.advance(Duration.ofMillis(500));

        assertThatCode(() -> limiter.acquire("client", "203.0.113.7")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limiter.acquire("client", "203.0.113.7"))
                .isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void acquireWhenOtherAddressOrClientThenOwnBucket() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("client", "203.0.113.7");
        }

        assertThatCode(() -> limiter.acquire("client", "198.51.100.1")).doesNotThrowAnyException();
        assertThatCode(() -> limiter.acquire("other-client", "203.0.113.7"))
                .doesNotThrowAnyException();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
