package io.cognate.contracts.events.identitypool;

import io.cognate.contracts.events.EventMetadata;

/**
 * The identity was disabled and can no longer obtain tokens or credentials; {@code reason} says why
 * ({@code UserDeleted}: the user-pool user behind one of its logins was deleted).
 */
public record IdentityDisabled(
        EventMetadata metadata, String identityPoolId, String identityId, String reason)
        implements IdentityEvent {}
