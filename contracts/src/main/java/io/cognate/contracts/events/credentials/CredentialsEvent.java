package io.cognate.contracts.events.credentials;

import io.cognate.contracts.events.DomainEvent;

/**
 * Issuance decisions of the credential broker, keyed by role ARN so that one role's decisions stay
 * ordered. Never carries a secret access key or a session token.
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
