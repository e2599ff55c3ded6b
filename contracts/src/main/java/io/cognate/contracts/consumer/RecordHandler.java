package io.cognate.contracts.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a {@link RetryingConsumer} does with one record. It parks what can never succeed (through
 * {@link DeadLetters}) and returns normally; it throws only for what a retry may cure (database or
 * dead-letter topic unavailable), and the record is then handled again.
 */
@FunctionalInterface
public interface RecordHandler {

    void handle(ConsumerRecord<String, String> record) throws Exception;
}
