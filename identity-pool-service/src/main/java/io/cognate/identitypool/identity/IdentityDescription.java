package io.cognate.identitypool.identity;

import java.time.Instant;
import java.util.List;

/** Cognito's {@code IdentityDescription}: the linked provider names, not the subjects. */
public record IdentityDescription(
        String identityId, List<String> logins, Instant creationDate, Instant lastModifiedDate) {

    static IdentityDescription of(IdentityView identity) {
        return new IdentityDescription(
                identity.identityId(),
                identity.providerNames(),
                identity.createdAt(),
                identity.lastModifiedAt());
    }
}
