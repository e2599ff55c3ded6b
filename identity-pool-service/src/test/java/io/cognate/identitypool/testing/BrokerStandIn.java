package io.cognate.identitypool.testing;

import io.cognate.infra.BrokerVerifyStandIn;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * The credential broker's {@code /internal/verify}, played for every {@code @QuarkusTest} of this
 * module (one application start): the real broker is another application, run by the end-to-end
 * suite.
 */
@QuarkusTestResource(value = BrokerVerifyStandIn.class, restrictToAnnotatedClass = false)
public final class BrokerStandIn {

    private BrokerStandIn() {}
}
