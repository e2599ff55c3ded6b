package io.cognate.userpool.token;

import io.cognate.userpool.token.jwt.CompactJws;
import io.cognate.userpool.token.keys.RsaEngine;
import io.cognate.userpool.token.keys.SigningKey;
import io.cognate.userpool.token.keys.SigningKeys;
import io.cognate.userpool.token.keys.TokenUse;
import io.cognate.userpool.token.revocation.RevocationState;
import io.cognate.userpool.user.Users;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether an ID token this service issued still stands, for an identity pool's {@code
 * ServerSideTokenCheck}: a strictly parsed RS256 JWS of one of our pools, signed by that pool's
 * published ID-token key, unexpired, its user still existing and enabled, and neither its sign-in
 * lineage revoked nor (for a token without {@code origin_jti}) its user signed out globally since
 * it was issued. The signature is checked again here: the caller's word about a token is not taken.
 */
@ApplicationScoped
class IdTokenCheck {

    static final String INVALID = "Invalid ID token.";
    static final String EXPIRED = "ID token has expired.";
    static final String REVOKED = "ID token has been revoked.";
    static final String NO_USER = "User does not exist.";
    static final String DISABLED = "User is disabled.";

    private final Issuers issuers;
    private final SigningKeys keys;
    private final RsaEngine rsa;
    private final RevocationState revocations;
    private final Users users;
    private final Clock clock;

    IdTokenCheck(
            Issuers issuers,
            SigningKeys keys,
            RsaEngine rsa,
            RevocationState revocations,
            Users users,
            Clock clock) {
        this.issuers = issuers;
        this.keys = keys;
        this.rsa = rsa;
        this.revocations = revocations;
        this.users = users;
        this.clock = clock;
    }

    /** Empty when the token stands; otherwise why not. */
    Uni<Optional<String>> refusal(String idToken) {
        Optional<CompactJws> parsed = CompactJws.parse(idToken);
        if (parsed.isEmpty()) {
            return refused(INVALID);
        }
        CompactJws jws = parsed.get();
        Optional<String> pool = issuers.poolOf(jws.text("iss"));
        if (pool.isEmpty() || !"id".equals(jws.text("token_use"))) {
            return refused(INVALID);
        }
        return Panache.withSession(
                () ->
                        keys.published(pool.get(), jws.kid())
                                .chain(key -> signed(jws, key))
                                .chain(
                                        valid ->
                                                valid
                                                        ? standing(pool.get(), jws)
                                                        : refused(INVALID)));
    }

    private Uni<Boolean> signed(CompactJws jws, Optional<SigningKey> key) {
        if (key.isEmpty() || key.get().use() != TokenUse.ID) {
            return Uni.createFrom().item(false);
        }
        return rsa.offLoop(
                () -> rsa.verify(key.get().publicKey(), jws.signingInput(), jws.signature()));
    }

    private Uni<Optional<String>> standing(String userPoolId, CompactJws jws) {
        Long exp = jws.seconds("exp");
        Long iat = jws.seconds("iat");
        UUID sub = uuid(jws.text("sub"));
        String originJti = jws.text("origin_jti");
        UUID family = uuid(originJti);
        if (exp == null || iat == null || sub == null || (originJti != null && family == null)) {
            return refused(INVALID);
        }
        if (clock.instant().getEpochSecond() >= exp) {
            return refused(EXPIRED);
        }
        return users.findBySub(userPoolId, sub)
                .chain(
                        user ->
                                user == null || !user.enabled
                                        ? refused(user == null ? NO_USER : DISABLED)
                                        : revoked(userPoolId, sub, family, iat));
    }

    private Uni<Optional<String>> revoked(String userPoolId, UUID sub, UUID family, long iat) {
        return revocations
                .revoked(userPoolId, sub, family, iat)
                .map(revoked -> revoked ? Optional.of(REVOKED) : Optional.empty());
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

    private static Uni<Optional<String>> refused(String reason) {
        return Uni.createFrom().item(Optional.of(reason));
    }
}
