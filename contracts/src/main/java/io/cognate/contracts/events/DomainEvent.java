package io.cognate.contracts.events;

/**
 * An event one service publishes for any consumer. Implementations are records named in the past
 * tense, grouped under one sealed interface per topic.
 */
public interface DomainEvent {

    EventMetadata metadata();

    /** The aggregate the event is about: the Kafka key and the CloudEvents {@code subject}. */
    String aggregateId();

    /** The topic, {@code cognate.<service>.<aggregate>.v<major>}. */
    String topic();

    /** The CloudEvents {@code type}: {@code <topic without version>.<EventName>}. */
    default String type() {
        return EventCatalog.typeName(topic(), getClass());
    }
}
