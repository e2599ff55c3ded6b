package io.cognate.contracts.events;

import io.cognate.contracts.events.credentials.CredentialsEvent;
import io.cognate.contracts.events.identitypool.IdentityEvent;
import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.contracts.events.userpool.SignInEvent;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every event type of every topic, by CloudEvents {@code type}. New topics are registered here. */
public final class EventCatalog {

    /** Each topic's sealed interface lists its events; the catalog reads them from there. */
    private static final Map<String, List<Class<? extends DomainEvent>>> BY_TOPIC =
            Map.of(
                    UserPoolConfigEvent.TOPIC, permitted(UserPoolConfigEvent.class),
                    UserEvent.TOPIC, permitted(UserEvent.class),
                    CodeDeliveryEvent.TOPIC, permitted(CodeDeliveryEvent.class),
                    SignInEvent.TOPIC, permitted(SignInEvent.class),
                    IdentityEvent.TOPIC, permitted(IdentityEvent.class),
                    CredentialsEvent.TOPIC, permitted(CredentialsEvent.class));

    private static final Map<String, Class<? extends DomainEvent>> BY_TYPE = index();

    private EventCatalog() {}

    /**
     * The record class for a CloudEvents type, empty when this contracts version does not know it.
     */
    public static Optional<Class<? extends DomainEvent>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** {@code cognate.userpool.config.v1} → {@code cognate.userpool.config.UserPoolCreated}. */
    public static String typeName(String topic, Class<?> eventClass) {
        return topic.substring(0, topic.lastIndexOf('.')) + "." + eventClass.getSimpleName();
    }

    /** The major version in a topic name ({@code .v1} → 1). */
    public static int majorVersion(String topic) {
        return Integer.parseInt(topic.substring(topic.lastIndexOf(".v") + 2));
    }

    /** Every topic and its event classes. */
    public static Map<String, List<Class<? extends DomainEvent>>> topics() {
        return BY_TOPIC;
    }

    /** The topic an event class is published on. */
    public static String topicOf(Class<? extends DomainEvent> eventClass) {
        return BY_TOPIC.entrySet().stream()
                .filter(e -> e.getValue().contains(eventClass))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("Unregistered event " + eventClass));
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends DomainEvent>> permitted(
            Class<? extends DomainEvent> topic) {
        return java.util.Arrays.stream(topic.getPermittedSubclasses())
                .<Class<? extends DomainEvent>>map(c -> (Class<? extends DomainEvent>) c)
                .toList();
    }

    private static Map<String, Class<? extends DomainEvent>> index() {
        Map<String, Class<? extends DomainEvent>> byType = new HashMap<>();
        BY_TOPIC.forEach((topic, types) -> types.forEach(t -> byType.put(typeName(topic, t), t)));
        return Map.copyOf(byType);
    }
}
