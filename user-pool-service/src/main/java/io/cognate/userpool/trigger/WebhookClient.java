package io.cognate.userpool.trigger;

import io.cognate.userpool.platform.CognateConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * POSTs one signed event to a webhook over Vert.x's non-blocking client. The host is resolved on a
 * worker thread, every address checked by {@link WebhookPolicy}, and the connection made to the
 * checked address (so a DNS answer cannot change between check and call). Each attempt is bounded
 * by the configured timeout; unanswered attempts are retried up to the configured count. All
 * callbacks run on the caller's Vert.x context, so a Hibernate Reactive session stays usable.
 */
@ApplicationScoped
class WebhookClient {

    /** Lambda's own limit for a synchronous response payload. */
    static final int MAX_REPLY_BYTES = 6 * 1024 * 1024;

    private final Vertx vertx;
    private final HttpClient http;
    private final Clock clock;
    private final CognateConfig.Triggers config;
    private final WebhookPolicy policy;

    WebhookClient(Vertx vertx, Clock clock, CognateConfig config) {
        this.vertx = vertx;
        this.clock = clock;
        this.config = config.triggers();
        this.policy =
                new WebhookPolicy(
                        this.config.allowedUrls().orElse(List.of()),
                        this.config.allowedNetworks().orElse(List.of()));
        this.http =
                vertx.createHttpClient(
                        new HttpClientOptions()
                                .setConnectTimeout((int) this.config.timeout().toMillis())
                                .setVerifyHost(true)
                                .setMaxPoolSize(50));
    }

    @PreDestroy
    void close() {
        http.close();
    }

    WebhookPolicy policy() {
        return policy;
    }

    /** Fails with {@link WebhookUnreachable} when no attempt got an answer. */
    Uni<WebhookReply> post(URI url, byte[] body, List<String[]> headers) {
        return Uni.createFrom()
                .deferred(
                        () -> {
                            Context context = vertx.getOrCreateContext();
                            Future<WebhookReply> reply =
                                    resolve(context, url.getHost())
                                            .compose(
                                                    address ->
                                                            attempt(
                                                                    url, address, body, headers,
                                                                    1));
                            return Uni.createFrom().completionStage(reply.toCompletionStage());
                        });
    }

    long epochSeconds() {
        return clock.instant().getEpochSecond();
    }

    /** One address Cognate may connect to; fails when any address of the host is not allowed. */
    private Future<InetAddress> resolve(Context context, String host) {
        return context.<InetAddress[]>executeBlocking(
                        () -> InetAddress.getAllByName(WebhookExchange.stripBrackets(host)), false)
                .recover(e -> Future.failedFuture(new WebhookUnreachable("UnknownHostException")))
                .compose(
                        addresses -> {
                            for (InetAddress address : addresses) {
                                if (!policy.allowsAddress(address)) {
                                    return Future.failedFuture(
                                            new WebhookRefused(
                                                    host + " resolves to a disallowed address"));
                                }
                            }
                            return Future.succeededFuture(addresses[0]);
                        });
    }

    private Future<WebhookReply> attempt(
            URI url, InetAddress address, byte[] body, List<String[]> headers, int attempt) {
        return send(url, address, body, headers)
                .recover(
                        failure ->
                                failure instanceof WebhookUnreachable && attempt < config.attempts()
                                        ? attempt(url, address, body, headers, attempt + 1)
                                        : Future.failedFuture(failure));
    }

    private Future<WebhookReply> send(
            URI url, InetAddress address, byte[] body, List<String[]> headers) {
        long timeout = config.timeout().toMillis();
        RequestOptions options = WebhookExchange.options(url, address, timeout, headers);
        Promise<WebhookReply> reply = Promise.promise();
        long timer =
                vertx.setTimer(
                        timeout, id -> reply.tryFail(new WebhookUnreachable("Socket timeout")));
        http.request(options)
                .compose(
                        request -> {
                            reply.future().onFailure(e -> request.reset());
                            return request.send(Buffer.buffer(body));
                        })
                .compose(WebhookExchange::read)
                .onComplete(
                        result -> {
                            vertx.cancelTimer(timer);
                            if (result.succeeded()) {
                                reply.tryComplete(result.result());
                            } else {
                                reply.tryFail(WebhookExchange.unreachable(result.cause()));
                            }
                        });
        return reply.future()
                .compose(
                        answer ->
                                answer.status() >= 502 && answer.status() <= 504
                                        ? Future.failedFuture(
                                                new WebhookUnreachable("HTTP " + answer.status()))
                                        : Future.succeededFuture(answer));
    }

    /** A receiver whose answer exceeds {@link #MAX_REPLY_BYTES}. */
    static final class WebhookTooLarge extends RuntimeException {
        WebhookTooLarge() {
            super("reply too large", null, false, false);
        }
    }

    /** A URL or address the policy does not allow. */
    static final class WebhookRefused extends RuntimeException {
        WebhookRefused(String reason) {
            super(reason, null, false, false);
        }
    }
}
