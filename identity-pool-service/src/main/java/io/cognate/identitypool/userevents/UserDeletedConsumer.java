package io.cognate.identitypool.userevents;

import io.cognate.contracts.consumer.DeadLetters;
import io.cognate.contracts.consumer.RetryingConsumer;
import io.cognate.contracts.events.EventCodec;
import io.cognate.contracts.events.userpool.UserDeleted;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.identitypool.platform.CognateConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Consumes user-pool {@code UserDeleted} events ({@code cognate.userpool.user.v1}) and disables the
 * deleted users' identities ({@link DeletedUsers}). Contracts' {@link RetryingConsumer} runs the
 * loop, as for user-pool-service's email delivery: each record is applied (exactly once, through
 * the recorded event id) before its offset is committed; unreadable records are parked on {@link
 * #DLQ}; a database failure rewinds the partition and retries. Other user events are skipped.
 */
@ApplicationScoped
public class UserDeletedConsumer {

    /** The consumer group, and the key of its rows in {@code consumed_event}. */
    public static final String GROUP_ID = "identity-pool-service-user-events";

    public static final String DLQ = UserEvent.TOPIC + ".dlq";

    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(UserDeletedConsumer.class);

    private final CognateConfig config;
    private final DeletedUsers deletedUsers;
    private final DeadLetters deadLetters;
    private final RetryingConsumer consumer;

    UserDeletedConsumer(
            CognateConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            DeletedUsers deletedUsers) {
        this.config = config;
        this.deletedUsers = deletedUsers;
        String bootstrap = String.valueOf(kafka.get("bootstrap.servers"));
        this.deadLetters = new DeadLetters(bootstrap, DLQ, GROUP_ID);
        this.consumer =
                new RetryingConsumer(
                        bootstrap, GROUP_ID, UserEvent.TOPIC, RETRY_BACKOFF, this::process);
    }

    void start(@Observes StartupEvent event) {
        if (config.identity().consumeUserEvents()) {
            consumer.start("user-deleted-consumer");
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        consumer.stop();
        deadLetters.close();
    }

    private void process(ConsumerRecord<String, String> record) throws Exception {
        Optional<UserDeleted> deleted;
        try {
            deleted =
                    EventCodec.fromJson(record.value())
                            .filter(UserDeleted.class::isInstance)
                            .map(UserDeleted.class::cast);
        } catch (RuntimeException unreadable) {
            deadLetters.park(record, "unreadable: " + unreadable.getClass().getSimpleName());
            return;
        }
        if (deleted.isEmpty()) {
            return;
        }
        UserDeleted event = deleted.get();
        if (event.userPoolId() == null
                || event.sub() == null
                || !event.userPoolId().contains("_")) {
            deadLetters.park(record, "incomplete UserDeleted");
            return;
        }
        List<String> disabled = deletedUsers.apply(GROUP_ID, event);
        if (!disabled.isEmpty()) {
            LOG.infof("Disabled %d identities of a deleted user", disabled.size());
        }
    }
}
