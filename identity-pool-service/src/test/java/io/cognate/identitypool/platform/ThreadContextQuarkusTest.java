package io.cognate.identitypool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * identity-pool-service turns context propagation off (application.properties): nothing it runs
 * (Hibernate Reactive included) needs a captured thread context, and capturing one around every
 * Mutiny operator cost CPU on each request.
 */
@QuarkusTest
class ThreadContextQuarkusTest {

    @Test
    void mutinyCallbackWhenDecoratedThenLeftAsItIs() {
        Function<String, String> function = String::trim;
        Supplier<String> supplier = () -> "s";

        assertThat(Infrastructure.decorate(function)).isSameAs(function);
        assertThat(Infrastructure.decorate(supplier)).isSameAs(supplier);
    }
}
