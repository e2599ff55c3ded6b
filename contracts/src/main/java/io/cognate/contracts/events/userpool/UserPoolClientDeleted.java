package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/** An app client was deleted. */
public record UserPoolClientDeleted(
        EventMetadata metadata, String userPoolId, String clientId, String clientName)
        implements UserPoolConfigEvent {}
