package io.cognate.userpool.delivery;

import io.cognate.contracts.consumer.DeadLetters;
import io.cognate.contracts.consumer.RetryingConsumer;
import io.cognate.contracts.events.EventCodec;
import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.platform.CognateConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Delivers EMAIL {@code CodeDeliveryRequested} events: outbox → Kafka → this consumer → SMTP, so
 * that no mail is ever sent inside a database transaction. Runs only when {@code
 * cognate.delivery.email.enabled}.
 *
 * <p>Contracts' {@link RetryingConsumer} runs the loop on a thread of its own: each record is
 * handled to completion (mail sent, event id recorded) before its offset is committed, a record
 * that cannot be handled is parked on {@link #DLQ} and skipped, and the blocking SMTP client never
 * touches the event loop. Idempotent on the event id ({@link ConsumedEvents}): a redelivered record
 * is not mailed twice. A crash between sending and recording can still send one mail twice (at
 * least once).
 */
@ApplicationScoped
public class EmailDeliveryConsumer {

    /** The consumer group, and the key of its rows in {@code consumed_event}. */
    public static final String GROUP_ID = "user-pool-service-mailer";

    /** Where records that could not be delivered are parked, unchanged, for an operator. */
    public static final String DLQ = CodeDeliveryEvent.TOPIC + ".dlq";

    private static final Logger LOG = Logger.getLogger(EmailDeliveryConsumer.class);

    private final CognateConfig config;
    private final CodeMailer mailer;
    private final ConsumedEvents consumed;
    private final Clock clock;
    private final DeadLetters deadLetters;
    private final RetryingConsumer consumer;

    EmailDeliveryConsumer(
            CognateConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            CodeMailer mailer,
            ConsumedEvents consumed,
            Clock clock) {
        this.config = config;
        this.mailer = mailer;
        this.consumed = consumed;
        this.clock = clock;
        String bootstrap = String.valueOf(kafka.get("bootstrap.servers"));
        this.deadLetters = new DeadLetters(bootstrap, DLQ, GROUP_ID);
        this.consumer =
                new RetryingConsumer(
                        bootstrap,
                        GROUP_ID,
                        CodeDeliveryEvent.TOPIC,
                        config.delivery().email().retryBackoff(),
                        this::process);
    }

    void start(@Observes StartupEvent event) {
        if (!config.delivery().email().enabled()) {
            return;
        }
        consumer.start("code-delivery-email");
        LOG.info("Email delivery of codes enabled (consumer group " + GROUP_ID + ")");
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        consumer.stop();
        deadLetters.close();
    }

    /**
     * Sends the mail a record asks for, unless it was sent already; parks what cannot be read or
     * sent. Throws only for what a retry may cure (database or dead-letter topic unavailable).
     */
    private void process(ConsumerRecord<String, String> record) throws Exception {
        Optional<CodeDeliveryRequested> delivery;
        try {
            delivery =
                    EventCodec.fromJson(record.value())
                            .filter(CodeDeliveryRequested.class::isInstance)
                            .map(CodeDeliveryRequested.class::cast);
        } catch (RuntimeException unreadable) {
            deadLetters.park(record, "unreadable: " + unreadable.getClass().getSimpleName());
            return;
        }
        // Other event types (added later to the topic) and SMS codes are for other consumers.
        if (delivery.isEmpty() || !"EMAIL".equals(delivery.get().deliveryMedium())) {
            return;
        }
        CodeDeliveryRequested event = delivery.get();
        if (consumed.contains(GROUP_ID, event.metadata().eventId())) {
            return;
        }
        try {
            mailer.send(event);
        } catch (CodeMailer.MailNotSent e) {
            deadLetters.park(record, "smtp: " + e.getCause().getClass().getSimpleName());
            return;
        }
        consumed.add(GROUP_ID, event.metadata().eventId(), clock.instant());
    }
}
