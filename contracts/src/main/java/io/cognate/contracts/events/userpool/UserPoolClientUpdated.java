package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/** An app client's settings changed. */
public record UserPoolClientUpdated(
        EventMetadata metadata, String userPoolId, String clientId, String clientName)
        implements UserPoolConfigEvent {}
