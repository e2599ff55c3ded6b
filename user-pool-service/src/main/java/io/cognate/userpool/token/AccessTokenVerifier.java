package io.cognate.userpool.token;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.token.jwt.CompactJws;
import io.cognate.userpool.token.keys.RsaEngine;
import io.cognate.userpool.token.keys.SigningKey;
import io.cognate.userpool.token.keys.SigningKeys;
import io.cognate.userpool.token.keys.TokenUse;
import io.cognate.userpool.token.revocation.RevocationState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link AccessTokens}: a strictly parsed RS256 JWS whose issuer is one of our pools, signed by
 * a published access-token key of that very pool (the kid is looked up nowhere else, and nothing is
 * ever fetched from a URL a token names), unexpired, {@code token_use = access}, and not revoked.
 */
@ApplicationScoped
public class AccessTokenVerifier implements AccessTokens {

    static final String INVALID = "Invalid Access Token";
    static final String EXPIRED = "Access Token has expired";
    static final String REVOKED = "Access Token has been revoked";

    private final Issuers issuers;
    private final SigningKeys keys;
    private final RsaEngine rsa;
    private final RevocationState revocations;
    private final Clock clock;

    AccessTokenVerifier(
            Issuers issuers,
            SigningKeys keys,
            RsaEngine rsa,
            RevocationState revocations,
            Clock clock) {
        this.issuers = issuers;
        this.keys = keys;
        this.rsa = rsa;
        this.revocations = revocations;
        this.clock = clock;
    }

    @Override
    public Uni<AccessTokenPrincipal> authenticate(String accessToken) {
        Optional<CompactJws> parsed = CompactJws.parse(accessToken);
        if (parsed.isEmpty()) {
            return invalid(INVALID);
        }
        CompactJws jws = parsed.get();
        Optional<String> pool = issuers.poolOf(jws.text("iss"));
        if (pool.isEmpty() || !"access".equals(jws.text("token_use"))) {
            return invalid(INVALID);
        }
        return keys.published(pool.get(), jws.kid())
                .chain(key -> verified(jws, key))
                .chain(valid -> valid ? principal(pool.get(), jws) : invalid(INVALID));
    }

    private Uni<Boolean> verified(CompactJws jws, Optional<SigningKey> key) {
        if (key.isEmpty() || key.get().use() != TokenUse.ACCESS) {
            return Uni.createFrom().item(false);
        }
        return rsa.offLoop(
                () -> rsa.verify(key.get().publicKey(), jws.signingInput(), jws.signature()));
    }

    private Uni<AccessTokenPrincipal> principal(String userPoolId, CompactJws jws) {
        Long exp = jws.seconds("exp");
        Long iat = jws.seconds("iat");
        UUID sub = uuid(jws.text("sub"));
        String originJti = jws.text("origin_jti");
        UUID family = uuid(originJti);
        if (exp == null
                || iat == null
                || sub == null
                || jws.text("client_id") == null
                || jws.text("username") == null
                || (originJti != null && family == null)) {
            return invalid(INVALID);
        }
        if (clock.instant().getEpochSecond() >= exp) {
            return invalid(EXPIRED);
        }
        String scope = jws.text("scope");
        List<String> scopes = scope == null ? List.of() : Arrays.asList(scope.trim().split("\\s+"));
        var principal =
                new AccessTokenPrincipal(
                        userPoolId,
                        jws.text("client_id"),
                        jws.text("username"),
                        sub,
                        jws.text("jti"),
                        originJti,
                        jws.text("device_key"),
                        List.copyOf(scopes));
        return revocations
                .revoked(userPoolId, sub, family, iat)
                .chain(revoked -> revoked ? invalid(REVOKED) : Uni.createFrom().item(principal));
    }

    private static UUID uuid(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <T> Uni<T> invalid(String message) {
        return Uni.createFrom().failure(new NotAuthorizedException(message));
    }
}
