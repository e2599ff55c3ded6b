package io.cognate.contracts.events.identitypool;

import io.cognate.contracts.events.EventMetadata;

/** A new identity: a guest ({@code authenticated} false) or one created for a login. */
public record IdentityCreated(
        EventMetadata metadata, String identityPoolId, String identityId, boolean authenticated)
        implements IdentityEvent {}
