package io.cognate.identitypool.credentials;

import io.cognate.identitypool.oidc.OpenIdClaims;
import io.cognate.identitypool.oidc.OpenIdTokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenID tokens GetCredentialsForIdentity hands to the credential broker's STS. An RSA
 * signature per call was the largest CPU cost of the operation, so a token is reused for calls with
 * exactly the same claims (pool, identity, {@code amr}, principal tags) for {@link #REUSE}: it then
 * still has at least four of its five minutes to live when the broker checks it. Reuse skips only
 * the signature: who may have credentials (identity enabled, logins verified and linked, role
 * resolved) is decided on every call before a token is asked for, and these tokens never leave the
 * service except to the broker.
 */
@ApplicationScoped
class BrokerTokens {

    static final Duration REUSE = Duration.ofMinutes(1);

    /** About 1 KiB each; when reached, reuse starts over (still correct, only slower). */
    static final int MAX_ENTRIES = 4096;

    private record Held(String token, Instant mintedAt) {}

    private final Map<OpenIdClaims, Held> held = new ConcurrentHashMap<>();
    private final OpenIdTokens tokens;
    private final Clock clock;

    BrokerTokens(OpenIdTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    Uni<String> token(OpenIdClaims claims) {
        Instant now = clock.instant();
        Held known = held.get(claims);
        if (known != null && known.mintedAt().plus(REUSE).isAfter(now)) {
            return Uni.createFrom().item(known.token());
        }
        return tokens.mint(claims)
                .invoke(
                        token -> {
                            if (held.size() >= MAX_ENTRIES) {
                                held.clear();
                            }
                            held.put(claims, new Held(token, now));
                        });
    }
}
