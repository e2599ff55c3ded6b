package io.cognate.identitypool.platform;

import io.cognate.infra.UndecoratedMutiny;
import io.quarkus.test.junit.QuarkusTest;
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
        UndecoratedMutiny.assertCallbacksUndecorated();
    }
}
