package io.cognate.broker.webidentity;

import java.util.List;
import java.util.Map;

/**
 * A web identity token whose signature, issuer and claims have been checked.
 *
 * @param issuer the trusted issuer it came from
 * @param subject {@code sub} (for identity pools: the identity id)
 * @param audience the accepted {@code aud} (for identity pools: the identity pool id)
 * @param amr {@code amr} ({@code authenticated}/{@code unauthenticated} and the login providers);
 *     empty if absent
 * @param principalTags the session tags from {@code https://aws.amazon.com/tags}, in claim order
 * @param transitiveTagKeys the tag keys to carry through role chaining
 */
public record VerifiedWebIdentity(
        TrustedIssuer issuer,
        String subject,
        String audience,
        List<String> amr,
        Map<String, String> principalTags,
        List<String> transitiveTagKeys) {

    public String provider() {
        return issuer.provider();
    }

    /**
     * An identity-pool identity vouched for by identity-pool-service itself (its root-signed
     * internal call) rather than by a token: the same fields a verified identity-pool token gives,
     * its principal tags held to the session tags claim's rules.
     *
     * @throws IDPRejectedClaimException or {@link PackedPolicyTooLargeException} for tags a token
     *     could not carry either
     */
    public static VerifiedWebIdentity ofIdentityPool(
            TrustedIssuer identityPool,
            String identityId,
            String identityPoolId,
            List<String> amr,
            Map<String, String> principalTags) {
        SessionTagsClaim tags = SessionTagsClaim.of(principalTags);
        return new VerifiedWebIdentity(
                identityPool,
                identityId,
                identityPoolId,
                List.copyOf(amr),
                tags.principalTags(),
                tags.transitiveTagKeys());
    }
}
