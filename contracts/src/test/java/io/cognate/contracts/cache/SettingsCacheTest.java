package io.cognate.contracts.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The cache's promises: values kept within the TTL, forgets win over reads in flight, no absence
 * kept.
 */
class SettingsCacheTest {

    private final AtomicInteger reads = new AtomicInteger();

    private Uni<String> read() {
        return Uni.createFrom().item(() -> "v" + reads.incrementAndGet());
    }

    @Test
    void getWhenReadBeforeThenServedWithoutReading() {
        SettingsCache<String> cache = new SettingsCache<>(Duration.ofMinutes(1), 10);

        assertThat(cache.get("k", this::read).await().indefinitely()).isEqualTo("v1");
        assertThat(cache.get("k", this::read).await().indefinitely()).isEqualTo("v1");
        assertThat(reads).hasValue(1);
    }

    @Test
    void getWhenTtlZeroThenReadsEveryTime() {
        SettingsCache<String> cache = new SettingsCache<>(Duration.ZERO, 10);

        cache.get("k", this::read).await().indefinitely();

        assertThat(cache.get("k", this::read).await().indefinitely()).isEqualTo("v2");
    }

    @Test
    void getWhenForgottenThenReadsAgain() {
        SettingsCache<String> cache = new SettingsCache<>(Duration.ofMinutes(1), 10);
        cache.get("k", this::read).await().indefinitely();

        cache.forget("k");

        assertThat(cache.get("k", this::read).await().indefinitely()).isEqualTo("v2");
    }

    @Test
    void getWhenForgetOverlapsTheReadThenValueUsedButNotKept() {
        SettingsCache<String> cache = new SettingsCache<>(Duration.ofMinutes(1), 10);

        String overlapped =
                cache.get(
                                "k",
                                () ->
                                        read().invoke(
                                                        () ->
                                                                // A writer commits and forgets
                                                                // while this read is in flight.
                                                                cache.forget("k")))
                        .await()
                        .indefinitely();

        assertThat(overlapped).isEqualTo("v1");
        assertThat(cache.get("k", this::read).await().indefinitely()).isEqualTo("v2");
    }

    @Test
    void forgetIfWhenValueMatchesThenOnlyThoseDropped() {
        SettingsCache<String> cache = new SettingsCache<>(Duration.ofMinutes(1), 10);
        cache.get("a", () -> Uni.createFrom().item("pool-1")).await().indefinitely();
        cache.get("b", () -> Uni.createFrom().item("pool-2")).await().indefinitely();

        cache.forgetIf(value -> value.equals("pool-1"));

        assertThat(cache.get("a", this::read).await().indefinitely()).isEqualTo("v1");
        assertThat(cache.get("b", this::read).await().indefinitely()).isEqualTo("pool-2");
    }

    @Test
    void getWhenFullThenStartsOverAndStillServes() {
        SettingsCache<String> cache = new SettingsCache<>(Duration.ofMinutes(1), 2);
        cache.get("a", () -> Uni.createFrom().item("A")).await().indefinitely();
        cache.get("b", () -> Uni.createFrom().item("B")).await().indefinitely();

        cache.get("c", () -> Uni.createFrom().item("C")).await().indefinitely();

        assertThat(cache.get("c", this::read).await().indefinitely()).isEqualTo("C");
        assertThat(cache.get("a", this::read).await().indefinitely()).isEqualTo("v1");
    }

    @Test
    void heldWhenWithinTtlThenValueAndAfterItNull() {
        AtomicLong clock = new AtomicLong();
        SettingsCache<String> cache = new SettingsCache<>(Duration.ofSeconds(1), 10, clock::get);
        assertThat(cache.held("k")).isNull();
        cache.get("k", this::read).await().indefinitely();

        clock.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(cache.held("k")).isEqualTo("v1");

        clock.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(cache.held("k")).isNull();
        assertThat(cache.get("k", this::read).await().indefinitely()).isEqualTo("v2");
    }

    @Test
    void getWhenLoaderFailsOrFindsNothingThenNothingKept() {
        SettingsCache<String> cache = new SettingsCache<>(Duration.ofMinutes(1), 10);

        assertThatThrownBy(
                        () ->
                                cache.get(
                                                "k",
                                                () ->
                                                        Uni.createFrom()
                                                                .<String>failure(
                                                                        new IllegalStateException(
                                                                                "no such pool")))
                                        .await()
                                        .indefinitely())
                .hasMessage("no such pool");
        assertThat(cache.get("k", () -> Uni.createFrom().<String>nullItem()).await().indefinitely())
                .isNull();

        assertThat(cache.held("k")).isNull();
        assertThat(cache.get("k", this::read).await().indefinitely()).isEqualTo("v1");
    }
}
