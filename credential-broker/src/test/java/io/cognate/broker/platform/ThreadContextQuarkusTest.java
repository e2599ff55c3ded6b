package io.cognate.broker.platform;

import io.cognate.infra.UndecoratedMutiny;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The broker turns context propagation off (application.properties): nothing it runs needs a
 * captured thread context, and capturing one around every Mutiny operator cost CPU on each request.
 */
@QuarkusTest
class ThreadContextQuarkusTest {

    @Test
    void mutinyCallbackWhenDecoratedThenLeftAsItIs() {
        UndecoratedMutiny.assertCallbacksUndecorated();
    }
}
