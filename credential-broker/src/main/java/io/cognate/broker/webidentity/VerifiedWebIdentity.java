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
}
