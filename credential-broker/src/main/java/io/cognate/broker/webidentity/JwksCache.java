package io.cognate.broker.webidentity;

import io.cognate.broker.platform.CognateConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The signing keys of the trusted issuers, fetched from their configured JWKS URLs (never from a
 * URL a token names) and kept for {@code cognate.broker.jwks-cache-ttl}. A key id the cached set
 * lacks triggers one early fetch (key rotation), at most every {@code
 * cognate.broker.jwks-min-refresh-interval}; concurrent fetches of one URL share one request. When
 * an issuer cannot be reached, keys fetched before are still used rather than failing every token.
 */
@ApplicationScoped
public class JwksCache {

    private static final Logger LOG = Logger.getLogger(JwksCache.class);
    static final int TIMEOUT_MILLIS = 5000;
    static final String UNKNOWN_KEY =
            "Couldn't retrieve verification key from your identity provider, please reference"
                    + " AssumeRoleWithWebIdentity documentation for requirements";

    private record Entry(Map<String, RSAPublicKey> keys, Instant fetchedAt) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Uni<Entry>> inFlight = new ConcurrentHashMap<>();
    private final HttpClient http;
    private final Clock clock;
    private final Duration ttl;
    private final Duration minRefresh;

    JwksCache(Vertx vertx, Clock clock, CognateConfig config) {
        this.http =
                vertx.createHttpClient(
                        new HttpClientOptions()
                                .setConnectTimeout(TIMEOUT_MILLIS)
                                .setIdleTimeout(30)
                                .setMaxPoolSize(4));
        this.clock = clock;
        this.ttl = config.broker().jwksCacheTtl();
        this.minRefresh = config.broker().jwksMinRefreshInterval();
    }

    /** The issuer's signing key {@code kid}; fails with the STS error a caller should see. */
    public Uni<RSAPublicKey> key(TrustedIssuer issuer, String kid) {
        Instant now = clock.instant();
        Entry cached = entries.get(issuer.jwksUrl());
        boolean fresh = cached != null && cached.fetchedAt().plus(ttl).isAfter(now);
        if (fresh && cached.keys().containsKey(kid)) {
            return Uni.createFrom().item(cached.keys().get(kid));
        }
        if (fresh && cached.fetchedAt().plus(minRefresh).isAfter(now)) {
            return Uni.createFrom().failure(new InvalidIdentityTokenException(UNKNOWN_KEY));
        }
        return fetch(issuer.jwksUrl())
                .onFailure()
                .recoverWithUni(
                        failure ->
                                cached != null
                                        ? Uni.createFrom().item(cached)
                                        : Uni.createFrom().failure(unreachable()))
                .map(
                        entry -> {
                            RSAPublicKey key = entry.keys().get(kid);
                            if (key == null) {
                                throw new InvalidIdentityTokenException(UNKNOWN_KEY);
                            }
                            return key;
                        });
    }

    private Uni<Entry> fetch(String url) {
        return inFlight.computeIfAbsent(
                url,
                u ->
                        download(u)
                                .invoke(entry -> entries.put(u, entry))
                                .onTermination()
                                .invoke(() -> inFlight.remove(u))
                                .memoize()
                                .indefinitely());
    }

    private Uni<Entry> download(String url) {
        RequestOptions request =
                new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setAbsoluteURI(url)
                        .setFollowRedirects(false)
                        .setIdleTimeout(TIMEOUT_MILLIS)
                        .putHeader("Accept", "application/json");
        return http.request(request)
                .chain(req -> req.send())
                .chain(
                        response -> {
                            if (response.statusCode() != 200) {
                                return Uni.createFrom()
                                        .failure(
                                                new IOException(
                                                        "JWKS answered " + response.statusCode()));
                            }
                            return response.body();
                        })
                .map(
                        body -> {
                            try {
                                return new Entry(
                                        JsonWebKeys.parse(body.getBytes()), clock.instant());
                            } catch (IOException e) {
                                throw new IllegalStateException(e.getMessage());
                            }
                        })
                .onFailure()
                .invoke(failure -> LOG.warnf("Cannot fetch the JWKS at %s: %s", url, failure));
    }

    private static IDPCommunicationErrorException unreachable() {
        return new IDPCommunicationErrorException(
                "The identity provider could not be reached to verify the web identity token."
                        + " Retry the request.");
    }

    @PreDestroy
    void close() {
        http.closeAndForget();
    }
}
