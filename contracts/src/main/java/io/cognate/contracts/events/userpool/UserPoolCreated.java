package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/** A user pool was created. */
public record UserPoolCreated(EventMetadata metadata, String userPoolId, String name, String arn)
        implements UserPoolConfigEvent {}
