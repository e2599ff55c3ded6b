package io.cognate.broker.testing;

import io.cognate.infra.KafkaTestResource;
import io.cognate.infra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every {@code @QuarkusTest} of this module runs against a real PostgreSQL and a real Kafka broker,
 * started once per test JVM unless the environment names running ones, and with the web identity
 * issuers of {@link WebIdentityIssuers}.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WebIdentityIssuers.class, restrictToAnnotatedClass = false)
public final class RealInfrastructure {

    private RealInfrastructure() {}
}
