package io.cognate.broker.sts;

import io.cognate.contracts.aws.error.ValidationError;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /internal/identity-credentials} (AWS JSON casing): what
 * GetCredentialsForIdentity decided (the role, the identity, its {@code amr} and principal tags)
 * and the session's duration. The fields an identity-pool token would carry are held to the token's
 * rules here and in {@link io.cognate.broker.webidentity.VerifiedWebIdentity#ofIdentityPool}.
 */
record IdentityCredentialsRequest(
        String roleArn,
        String identityPoolId,
        String identityId,
        List<String> amr,
        Map<String, String> principalTags,
        Integer durationSeconds) {

    /** STS's range for DurationSeconds; the role's maximum is checked with the trust policy. */
    static final int MIN_DURATION = 900;

    static final int MAX_DURATION = 43200;

    /** As long as a token's {@code sub} may be. */
    static final int MAX_IDENTITY_ID = 255;

    /** Refuses a body that no identity-pool token could have stood for. */
    IdentityCredentialsRequest validated() {
        if (roleArn == null || identityPoolId == null || identityPoolId.isEmpty()) {
            throw new ValidationError("RoleArn and IdentityPoolId are required.");
        }
        if (identityId == null || identityId.isEmpty() || identityId.length() > MAX_IDENTITY_ID) {
            throw new ValidationError("IdentityId must have 1 to 255 characters.");
        }
        if (amr == null || amr.isEmpty() || amr.contains(null)) {
            throw new ValidationError("Amr must list authenticated or unauthenticated.");
        }
        if (durationSeconds != null
                && (durationSeconds < MIN_DURATION || durationSeconds > MAX_DURATION)) {
            throw new ValidationError(
                    "DurationSeconds must be between " + MIN_DURATION + " and " + MAX_DURATION);
        }
        return this;
    }

    Map<String, String> tags() {
        return principalTags == null ? Map.of() : principalTags;
    }
}
