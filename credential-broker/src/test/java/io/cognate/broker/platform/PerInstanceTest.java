package io.cognate.broker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PerInstanceTest {

    @Test
    void ofWhenSameInstanceThenDerivedOnce() {
        PerInstance<List<String>, String> cache = new PerInstance<>(8);
        AtomicInteger derivations = new AtomicInteger();
        List<String> instance = List.of("a");

        String first = cache.of(instance, i -> "derived-" + derivations.incrementAndGet());
        String again = cache.of(instance, i -> "derived-" + derivations.incrementAndGet());

        assertThat(first).isEqualTo("derived-1");
        assertThat(again).isSameAs(first);
        assertThat(derivations).hasValue(1);
    }

    @Test
    void ofWhenEqualButDistinctInstanceThenDerivedForItsOwn() {
        PerInstance<List<String>, List<String>> cache = new PerInstance<>(8);
        List<String> one = new ArrayList<>(List.of("same"));
        List<String> other = new ArrayList<>(List.of("same"));

        List<String> fromOne = cache.of(one, List::copyOf);
        List<String> fromOther = cache.of(other, List::copyOf);

        assertThat(one).isEqualTo(other);
        assertThat(fromOther).isNotSameAs(fromOne);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void ofWhenMoreInstancesThanTheBoundThenSizeStaysBounded() {
        PerInstance<Object, String> cache = new PerInstance<>(4);

        for (int i = 0; i < 50; i++) {
            Object instance = new Object();
            assertThat(cache.of(instance, o -> "v")).isEqualTo("v");
            assertThat(cache.size()).isLessThanOrEqualTo(4);
        }
    }
}
