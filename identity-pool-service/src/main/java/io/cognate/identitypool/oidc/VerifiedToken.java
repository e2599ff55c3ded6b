package io.cognate.identitypool.oidc;

import java.util.List;
import java.util.Map;

/** A token this service issued, after its signature, issuer and expiry were checked. */
public record VerifiedToken(
        String identityPoolId, String identityId, List<String> amr, Map<String, Object> claims) {

    public boolean authenticated() {
        return amr.contains("authenticated");
    }
}
