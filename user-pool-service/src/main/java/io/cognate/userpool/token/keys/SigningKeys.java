package io.cognate.userpool.token.keys;

import io.cognate.contracts.crypto.Sha256;
import io.cognate.userpool.platform.CognateConfig;
import io.cognate.userpool.token.keys.SigningKeyStore.StoredKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A pool's signing keys: created on first use (or at the first JWKS request), cached opened for
 * {@code cognate.tokens.key-cache-ttl}, rotated on demand. Concurrent first uses, on this replica
 * or another, all end up with the one key pair per use that won the insert.
 */
@ApplicationScoped
public class SigningKeys {

    /** The longest ID or access token validity Cognito allows (1 day). */
    static final Duration LONGEST_TOKEN = Duration.ofDays(1);

    /** An unknown kid reloads the pool's keys at most this often, so forged kids stay cheap. */
    private static final Duration UNKNOWN_KID_RELOAD = Duration.ofSeconds(5);

    private final SigningKeyStore store;
    private final PrivateKeySealer sealer;
    private final RsaEngine rsa;
    private final Clock clock;
    private final Duration cacheTtl;
    private final ConcurrentMap<String, PoolKeys> cache = new ConcurrentHashMap<>();

    SigningKeys(
            SigningKeyStore store,
            PrivateKeySealer sealer,
            RsaEngine rsa,
            Clock clock,
            CognateConfig config) {
        this.store = store;
        this.sealer = sealer;
        this.rsa = rsa;
        this.clock = clock;
        this.cacheTtl = config.tokens().keyCacheTtl();
    }

    /**
     * The pool's keys with a current key for each token use, created if the pool has none yet. The
     * pool must exist.
     */
    public Uni<PoolKeys> current(String userPoolId) {
        Instant now = clock.instant();
        PoolKeys cached = cache.get(userPoolId);
        if (cached != null && cached.complete() && cached.loadedAt().plus(cacheTtl).isAfter(now)) {
            return Uni.createFrom().item(cached);
        }
        return load(userPoolId)
                .chain(
                        keys ->
                                keys.complete()
                                        ? Uni.createFrom().item(keys)
                                        : createMissing(keys).chain(() -> load(userPoolId)));
    }

    /**
     * The published key of this pool with that kid, if any. Never creates keys; only this pool's
     * keys are candidates.
     */
    public Uni<Optional<SigningKey>> published(String userPoolId, String kid) {
        Instant now = clock.instant();
        PoolKeys cached = cache.get(userPoolId);
        if (cached != null) {
            Optional<SigningKey> hit = cached.find(kid, now);
            boolean fresh = cached.loadedAt().plus(cacheTtl).isAfter(now);
            if (hit.isPresent() && fresh) {
                return Uni.createFrom().item(hit);
            }
            if (fresh && cached.loadedAt().plus(UNKNOWN_KID_RELOAD).isAfter(now)) {
                return Uni.createFrom().item(Optional.empty());
            }
        }
        return load(userPoolId).map(keys -> keys.find(kid, now));
    }

    /**
     * Retires both current keys at {@code retiredAt} and creates new ones. The retired keys stay in
     * the JWKS until every token they may have signed has expired: the longest token validity plus
     * the time another replica may keep signing with its cached copy.
     */
    public Uni<PoolKeys> rotate(String userPoolId, Instant retiredAt) {
        Instant publishUntil = retiredAt.plus(LONGEST_TOKEN).plus(cacheTtl);
        return generate(userPoolId, List.of(TokenUse.ID, TokenUse.ACCESS))
                .chain(fresh -> store.rotate(userPoolId, fresh, retiredAt, publishUntil))
                .chain(() -> load(userPoolId));
    }

    private Uni<Void> createMissing(PoolKeys keys) {
        List<TokenUse> missing = new ArrayList<>();
        for (TokenUse use : TokenUse.values()) {
            if (keys.current(use).isEmpty()) {
                missing.add(use);
            }
        }
        return generate(keys.userPoolId(), missing)
                .chain(fresh -> store.addIfMissing(fresh, clock.instant()));
    }

    private Uni<List<StoredKey>> generate(String userPoolId, List<TokenUse> uses) {
        return rsa.offLoop(
                () -> {
                    List<StoredKey> keys = new ArrayList<>();
                    for (TokenUse use : uses) {
                        KeyPair pair = rsa.generate();
                        byte[] spki = pair.getPublic().getEncoded();
                        String kid = kidOf(spki);
                        byte[] sealed =
                                sealer.seal(pair.getPrivate().getEncoded(), userPoolId, kid);
                        keys.add(new StoredKey(userPoolId, kid, use, spki, sealed, null));
                    }
                    return keys;
                });
    }

    private Uni<PoolKeys> load(String userPoolId) {
        Instant now = clock.instant();
        return store.published(userPoolId, now)
                .chain(
                        rows ->
                                rows.isEmpty()
                                        ? Uni.createFrom().item(List.<SigningKey>of())
                                        : open(rows))
                .map(
                        opened -> {
                            PoolKeys keys = new PoolKeys(userPoolId, opened, now);
                            cache.put(userPoolId, keys);
                            return keys;
                        });
    }

    private Uni<List<SigningKey>> open(List<StoredKey> rows) {
        return rsa.offLoop(
                () -> {
                    List<SigningKey> keys = new ArrayList<>();
                    for (StoredKey row : rows) {
                        byte[] pkcs8 =
                                sealer.open(row.sealedPrivateKey(), row.userPoolId(), row.kid());
                        keys.add(
                                new SigningKey(
                                        row.kid(),
                                        row.use(),
                                        rsa.publicKey(row.publicKey()),
                                        rsa.privateKey(pkcs8),
                                        row.publishUntil()));
                    }
                    return keys;
                });
    }

    /** Cognito-looking kid: standard base64 (44 characters) of the public key's SHA-256. */
    static String kidOf(byte[] subjectPublicKeyInfo) {
        return Base64.getEncoder().encodeToString(Sha256.digest(subjectPublicKeyInfo));
    }
}
