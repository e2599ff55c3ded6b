package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/** An app client was created. */
public record UserPoolClientCreated(
        EventMetadata metadata, String userPoolId, String clientId, String clientName)
        implements UserPoolConfigEvent {}
