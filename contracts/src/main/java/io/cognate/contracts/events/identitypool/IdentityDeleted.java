package io.cognate.contracts.events.identitypool;

import io.cognate.contracts.events.EventMetadata;

/** The identity was deleted (DeleteIdentities, or with its pool). */
public record IdentityDeleted(EventMetadata metadata, String identityPoolId, String identityId)
        implements IdentityEvent {}
