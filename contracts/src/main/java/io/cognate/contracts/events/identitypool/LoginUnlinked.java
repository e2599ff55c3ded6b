package io.cognate.contracts.events.identitypool;

import io.cognate.contracts.events.EventMetadata;

/** A login was removed from the identity. */
public record LoginUnlinked(
        EventMetadata metadata,
        String identityPoolId,
        String identityId,
        String providerName,
        String subject)
        implements IdentityEvent {}
