package io.cognate.identitypool.testing;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * The outside endpoints every {@code @QuarkusTest} of this module talks to, stood up locally
 * ({@link ExternalEndpoints}); registered for all tests so they share one application start.
 */
@QuarkusTestResource(value = ExternalEndpoints.class, restrictToAnnotatedClass = false)
public final class StandIns {

    private StandIns() {}
}
