package io.cognate.identitypool.platform;

import io.cognate.infra.OutboxRelayCheck;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * This service's outbox reaches the real Kafka broker: a row committed to the table is published on
 * its topic, keyed by its aggregate, and marked sent.
 */
@QuarkusTest
class OutboxRelayQuarkusTest {

    @Inject Pool pool;

    @Test
    void outboxRowWhenCommittedThenPublishedOnceAndMarkedSent() {
        OutboxRelayCheck.assertPublishedOnceAndMarkedSent(pool, OutboxRelayJob.TABLE, bootstrap());
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
