package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.TooManyRequestsException;
import io.cognate.userpool.platform.CognateConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per (client id, source address) in front of every sign-in request, so one caller
 * cannot spend the password hashing pool of everyone else. Per instance: behind N replicas the
 * effective limit is N times the configured one.
 */
@ApplicationScoped
class SignInRateLimiter {

    static final String MESSAGE = "Too many requests";

    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perNano;
    private final int burst;
    private final Clock clock;

    @Inject
    SignInRateLimiter(CognateConfig config, Clock clock) {
        this(config.signIn().requestsPerSecond(), config.signIn().burst(), clock);
    }

    SignInRateLimiter(int requestsPerSecond, int burst, Clock clock) {
        this.perNano = requestsPerSecond / 1e9;
        this.burst = burst;
        this.clock = clock;
    }

    /** Takes one token or throws {@code TooManyRequestsException}. */
    void acquire(String clientId, String sourceIp) {
        if (buckets.size() > MAX_TRACKED) {
            // Full buckets are indistinguishable from absent ones: forgetting all is safe.
            buckets.clear();
        }
        long now = clock.millis() * 1_000_000L;
        Bucket bucket =
                buckets.computeIfAbsent(clientId + '|' + sourceIp, k -> new Bucket(burst, now));
        if (!bucket.take(now, perNano, burst)) {
            throw new TooManyRequestsException(MESSAGE);
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }

        synchronized boolean take(long now, double perNano, int burst) {
            tokens = Math.min(burst, tokens + Math.max(0, now - updatedAt) * perNano);
            updatedAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
