package io.cognate.userpool.token.keys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A pool's published keys: the current ID-token and access-token keys and the retired keys still in
 * the JWKS.
 *
 * @param loadedAt when they were read, for the cache
 */
public record PoolKeys(String userPoolId, List<SigningKey> published, Instant loadedAt) {

    public PoolKeys {
        published = List.copyOf(published);
    }

    /** The current key for one token use; present once the pool has keys. */
    public Optional<SigningKey> current(TokenUse use) {
        return published.stream().filter(k -> k.current() && k.use() == use).findFirst();
    }

    boolean complete() {
        return current(TokenUse.ID).isPresent() && current(TokenUse.ACCESS).isPresent();
    }

    /** The published key with that kid, at {@code now}. */
    Optional<SigningKey> find(String kid, Instant now) {
        return published.stream()
                .filter(k -> k.kid().equals(kid))
                .filter(k -> k.current() || k.publishUntil().isAfter(now))
                .findFirst();
    }

    /** The keys to publish at {@code now}: current ones, and retired ones not yet expired. */
    public List<SigningKey> publishedAt(Instant now) {
        return published.stream()
                .filter(k -> k.current() || k.publishUntil().isAfter(now))
                .toList();
    }
}
