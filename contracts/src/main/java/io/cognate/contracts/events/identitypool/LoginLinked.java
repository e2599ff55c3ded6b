package io.cognate.contracts.events.identitypool;

import io.cognate.contracts.events.EventMetadata;

/**
 * A login ({@code providerName} and the provider's subject, e.g. a developer user identifier) was
 * linked to the identity. Never carries the token that proved it.
 */
public record LoginLinked(
        EventMetadata metadata,
        String identityPoolId,
        String identityId,
        String providerName,
        String subject)
        implements IdentityEvent {}
