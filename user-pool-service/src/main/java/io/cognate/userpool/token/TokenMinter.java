package io.cognate.userpool.token;

import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.token.jwt.JwsSigner;
import io.cognate.userpool.token.keys.PoolKeys;
import io.cognate.userpool.token.keys.RsaEngine;
import io.cognate.userpool.token.keys.SigningKey;
import io.cognate.userpool.token.keys.SigningKeys;
import io.cognate.userpool.token.keys.TokenUse;
import io.cognate.userpool.token.refresh.TokenFamilyEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Mints the ID and access token of one sign-in event (one {@code event_id}), each with its own
 * current pool key; both signatures in one hop to the signing workers.
 */
@ApplicationScoped
class TokenMinter {

    /** The two JWTs of one event. */
    record Minted(String idToken, String accessToken) {

        /** The wire answer for {@code client}; {@code refreshToken} null when none is issued. */
        AuthenticationResultType result(AppClient client, String refreshToken) {
            return new AuthenticationResultType(
                    accessToken,
                    (int) client.accessTokenValidity().toSeconds(),
                    "Bearer",
                    refreshToken,
                    idToken,
                    null);
        }

        @Override
        public String toString() {
            return "Minted[redacted]";
        }
    }

    private final SigningKeys keys;
    private final JwsSigner signer;
    private final RsaEngine rsa;
    private final Issuers issuers;
    private final PreTokenGeneration preTokenGeneration;

    TokenMinter(
            SigningKeys keys,
            JwsSigner signer,
            RsaEngine rsa,
            Issuers issuers,
            PreTokenGeneration preTokenGeneration) {
        this.preTokenGeneration = preTokenGeneration;
        this.keys = keys;
        this.signer = signer;
        this.rsa = rsa;
        this.issuers = issuers;
    }

    /**
     * @param triggerSource the PreTokenGeneration trigger source of this issuance
     */
    Uni<Minted> mint(TokenSubject user, TokenSession session, Instant now, String triggerSource) {
        Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
        String issuer = issuers.of(user.userPoolId());
        String eventId = UUID.randomUUID().toString();
        var idClaims =
                Claims.idToken(
                        issuer, user, session, issuedAt, eventId, UUID.randomUUID().toString());
        var accessClaims =
                Claims.accessToken(
                        issuer, user, session, issuedAt, eventId, UUID.randomUUID().toString());
        return preTokenGeneration
                .customize(triggerSource, user, session, idClaims, accessClaims)
                .chain(() -> keys.current(user.userPoolId()))
                .chain(
                        pool ->
                                rsa.offLoop(
                                        () ->
                                                new Minted(
                                                        signer.sign(
                                                                key(pool, TokenUse.ID), idClaims),
                                                        signer.sign(
                                                                key(pool, TokenUse.ACCESS),
                                                                accessClaims))));
    }

    private static SigningKey key(PoolKeys pool, TokenUse use) {
        return pool.current(use)
                .orElseThrow(
                        () -> new IllegalStateException("pool has no current " + use + " key"));
    }

    /** The tokens of one event of a refresh-token family; {@code refreshToken} null for none. */
    Uni<AuthenticationResultType> mint(
            AppClient client,
            TokenSubject subject,
            TokenFamilyEntity family,
            Instant now,
            String refreshToken,
            String triggerSource) {
        TokenSession session =
                new TokenSession(client, family.authTime, family.originJti, family.deviceKey);
        return mint(subject, session, now, triggerSource)
                .map(minted -> minted.result(client, refreshToken));
    }
}
