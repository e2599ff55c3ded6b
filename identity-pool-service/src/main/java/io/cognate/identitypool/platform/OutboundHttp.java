package io.cognate.identitypool.platform;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Every outbound HTTP call of this service (JWKS, token verification endpoints, the credential
 * broker). Callers pass only URLs from configuration, never one a token names. Non-blocking Vert.x
 * client: the reply arrives on the caller's context, so a Hibernate Reactive session stays usable
 * after the call.
 */
@ApplicationScoped
public class OutboundHttp {

    /** Replies larger than this are refused: no configured endpoint answers with more. */
    static final int MAX_BODY = 1 << 20;

    /** A reply: status and body text. */
    public record Reply(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The endpoint could not be reached, timed out, or answered too much. */
    public static final class Unreachable extends RuntimeException {
        Unreachable(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    private final HttpClient client;
    private final long timeoutMillis;

    OutboundHttp(Vertx vertx, CognateConfig config) {
        Duration timeout = config.identity().outboundTimeout();
        this.timeoutMillis = timeout.toMillis();
        this.client =
                vertx.createHttpClient(
                        new HttpClientOptions()
                                .setConnectTimeout((int) timeoutMillis)
                                .setMaxPoolSize(20)
                                .setKeepAlive(true));
    }

    public Uni<Reply> get(String url) {
        return send(HttpMethod.GET, url, null, null);
    }

    /** POSTs an {@code application/x-www-form-urlencoded} body. */
    public Uni<Reply> postForm(String url, String form) {
        return send(HttpMethod.POST, url, form, "application/x-www-form-urlencoded; charset=utf-8");
    }

    /** POSTs an {@code application/json} body. */
    public Uni<Reply> postJson(String url, String json) {
        return send(HttpMethod.POST, url, json, "application/json");
    }

    /**
     * POSTs an {@code application/json} body with these headers as given (a signed request: its
     * {@code Host} and {@code Content-Type} among them, exactly as signed).
     */
    public Uni<Reply> postJson(String url, String json, Map<String, String> headers) {
        return send(HttpMethod.POST, url, json, null, headers);
    }

    @PreDestroy
    void close() {
        client.closeAndForget();
    }

    private Uni<Reply> send(HttpMethod method, String url, String form, String contentType) {
        return send(method, url, form, contentType, Map.of());
    }

    private Uni<Reply> send(
            HttpMethod method,
            String url,
            String form,
            String contentType,
            Map<String, String> headers) {
        RequestOptions options =
                new RequestOptions()
                        .setMethod(method)
                        .setAbsoluteURI(url)
                        .setFollowRedirects(false)
                        .setIdleTimeout(timeoutMillis)
                        .putHeader("Accept", "application/json, text/xml, */*");
        if (form != null && contentType != null) {
            options.putHeader("Content-Type", contentType);
        }
        headers.forEach(options::putHeader);
        return client.request(options)
                .chain(
                        request ->
                                form == null
                                        ? request.send()
                                        : request.send(Buffer.buffer(form, "UTF-8")))
                .chain(
                        response -> {
                            String length = response.getHeader("Content-Length");
                            if (length != null && tooLong(length)) {
                                throw new Unreachable("reply too large from " + url, null);
                            }
                            return response.body()
                                    .map(
                                            body -> {
                                                if (body.length() > MAX_BODY) {
                                                    throw new Unreachable(
                                                            "reply too large from " + url, null);
                                                }
                                                return new Reply(
                                                        response.statusCode(),
                                                        body.toString(StandardCharsets.UTF_8));
                                            });
                        })
                // Timeouts are Vert.x's (connect, idle), so failures too arrive on the caller's
                // context: a Mutiny timer would fail on another thread, outside the session.
                .onFailure(f -> !(f instanceof Unreachable))
                .transform(f -> new Unreachable("cannot reach " + url, f));
    }

    private static boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BODY;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
