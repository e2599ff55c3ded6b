package io.cognate.broker.webidentity;

import io.cognate.broker.platform.CognateConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Verifies web identity tokens for AssumeRoleWithWebIdentity, cheapest checks first: the compact
 * form; the header (RS256/384/512 only, no {@code jku}/{@code x5u}/{@code jwk}/{@code x5c}/{@code
 * crit}, a {@code kid}); an issuer from configuration; the key by id from that issuer's configured
 * JWKS; the signature (on a bounded worker pool, never the event loop); then the claims. Every
 * failure is the STS error a client expects; nothing about a token is logged.
 */
@ApplicationScoped
public class WebIdentityTokens {

    private static final Map<String, String> JCA =
            Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

    private final TrustedIssuers issuers;
    private final JwksCache keys;
    private final Clock clock;
    private final Duration skew;
    private final WorkerExecutor workers;

    WebIdentityTokens(
            TrustedIssuers issuers,
            JwksCache keys,
            Clock clock,
            CognateConfig config,
            Vertx vertx) {
        this.issuers = issuers;
        this.keys = keys;
        this.clock = clock;
        this.skew = config.broker().tokenClockSkew();
        this.workers =
                vertx.createSharedWorkerExecutor(
                        "web-identity-verify", Runtime.getRuntime().availableProcessors());
    }

    public Uni<VerifiedWebIdentity> verify(String token) {
        return Uni.createFrom()
                .item(() -> CompactJwt.parse(token))
                .chain(
                        jwt -> {
                            String algorithm = jwt.algorithm();
                            String kid = jwt.keyId();
                            TrustedIssuer issuer =
                                    issuers.find(jwt.issuer())
                                            .orElseThrow(
                                                    () ->
                                                            new InvalidIdentityTokenException(
                                                                    "No OpenIDConnect provider"
                                                                            + " found in your"
                                                                            + " account for "
                                                                            + jwt.issuer()));
                            return keys.key(issuer, kid)
                                    .chain(
                                            key ->
                                                    workers.executeBlocking(
                                                            Uni.createFrom()
                                                                    .item(
                                                                            () ->
                                                                                    verified(
                                                                                            jwt,
                                                                                            algorithm,
                                                                                            key,
                                                                                            issuer))));
                        });
    }

    private VerifiedWebIdentity verified(
            CompactJwt jwt, String algorithm, RSAPublicKey key, TrustedIssuer issuer) {
        try {
            Signature rsa = Signature.getInstance(JCA.get(algorithm));
            rsa.initVerify(key);
            rsa.update(jwt.signingInput());
            if (!rsa.verify(jwt.signature())) {
                throw new InvalidIdentityTokenException(TokenClaims.REJECTED);
            }
        } catch (GeneralSecurityException e) {
            throw new InvalidIdentityTokenException(TokenClaims.REJECTED);
        }
        return TokenClaims.check(jwt.payload(), issuer, clock.instant(), skew);
    }

    @PreDestroy
    void close() {
        workers.closeAndForget();
    }
}
