package io.cognate.contracts.events.identitypool;

import io.cognate.contracts.events.EventMetadata;

/**
 * The logins of {@code sourceIdentityId} moved to {@code identityId} (the surviving identity); the
 * source stays disabled without logins.
 */
public record IdentitiesMerged(
        EventMetadata metadata, String identityPoolId, String identityId, String sourceIdentityId)
        implements IdentityEvent {}
