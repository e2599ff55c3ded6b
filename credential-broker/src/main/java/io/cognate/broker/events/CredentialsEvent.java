package io.cognate.broker.events;

import io.cognate.contracts.events.DomainEvent;

/**
 * Issuance decisions of the credential broker, keyed by role ARN so that one role's decisions stay
 * ordered. Never carries a secret access key or a session token. Lives here until the lead moves it
 * to contracts' {@code events/} (and registers the topic in {@code EventCatalog}).
 */
public sealed interface CredentialsEvent extends DomainEvent
        permits CredentialsIssued, CredentialsDenied {

    String TOPIC = "cognate.credentials.v1";
    String SOURCE = "cognate/credential-broker";

    /** The role asked for: the aggregate. */
    String roleArn();

    @Override
    default String aggregateId() {
        return roleArn();
    }

    @Override
    default String topic() {
        return TOPIC;
    }
}
