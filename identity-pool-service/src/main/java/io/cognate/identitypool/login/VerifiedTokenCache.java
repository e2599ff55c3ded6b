package io.cognate.identitypool.login;

import io.cognate.contracts.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login tokens whose signature already verified, by the SHA-256 of the token: a client sends the
 * same ID token to GetId and then to GetCredentialsForIdentity (and again until it expires), and
 * each RSA verification costs far more than the rest of the check. An entry is only a shortcut past
 * the signature: it names the JWKS URL, {@code kid} and key it verified with, and is used only
 * while that URL's cache still serves that very key, so a key rotated out stops validating as soon
 * as it would without the cache; it lives no longer than the token's {@code exp} nor than the JWKS
 * cache's TTL. The time claims are checked again on every use. Bounded: when full, expired entries
 * are dropped, and if none were, all.
 */
final class VerifiedTokenCache {

    static final int MAX_ENTRIES = 10_000;

    /** A verified token: where its key came from, the key, its claims, and until when. */
    record Entry(
            String jwksUrl,
            String kid,
            RSAPublicKey key,
            Map<String, Object> claims,
            Instant until) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;

    VerifiedTokenCache(Duration ttl) {
        this.ttl = ttl;
    }

    /** The entry for this token verified against {@code jwksUrl}, if still valid; else null. */
    Entry get(String digest, String jwksUrl, Instant now) {
        Entry entry = entries.get(digest);
        if (entry == null || !entry.jwksUrl().equals(jwksUrl)) {
            return null;
        }
        if (!entry.until().isAfter(now)) {
            entries.remove(digest, entry);
            return null;
        }
        return entry;
    }

    void put(
            String digest,
            String jwksUrl,
            String kid,
            RSAPublicKey key,
            Map<String, Object> claims,
            Instant now) {
        if (ttl.isZero() || !(claims.get("exp") instanceof Number exp)) {
            return;
        }
        Instant until = Instant.ofEpochSecond(exp.longValue());
        Instant ttlEnd = now.plus(ttl);
        if (ttlEnd.isBefore(until)) {
            until = ttlEnd;
        }
        if (!until.isAfter(now)) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !e.until().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(digest, new Entry(jwksUrl, kid, key, claims, until));
    }

    void forget(String digest) {
        entries.remove(digest);
    }

    int size() {
        return entries.size();
    }

    static String digest(String token) {
        return Base64.getEncoder()
                .encodeToString(Sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
