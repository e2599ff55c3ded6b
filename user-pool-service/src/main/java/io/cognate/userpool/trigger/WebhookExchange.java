package io.cognate.userpool.trigger;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/**
 * One HTTP exchange of {@link WebhookClient}: the POST to the checked address (with the URL's host
 * for TLS and the Host header, no redirects), the bounded read of the reply, and how a failure
 * reads.
 */
final class WebhookExchange {

    private WebhookExchange() {}

    /** A POST of the JSON body to {@code address}, bounded by {@code timeout} milliseconds. */
    static RequestOptions options(
            URI url, InetAddress address, long timeout, List<String[]> headers) {
        int port = WebhookPolicy.port(url);
        RequestOptions options =
                new RequestOptions()
                        .setMethod(HttpMethod.POST)
                        .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                        .setHost(stripBrackets(url.getHost()))
                        .setPort(port)
                        .setSsl(url.getScheme().equalsIgnoreCase("https"))
                        .setURI(pathAndQuery(url))
                        .setConnectTimeout(timeout)
                        .setIdleTimeout(timeout)
                        .setFollowRedirects(false);
        headers.forEach(header -> options.putHeader(header[0], header[1]));
        options.putHeader("Content-Type", "application/json");
        return options;
    }

    /** The reply, failed with {@link WebhookClient.WebhookTooLarge} past the size limit. */
    static Future<WebhookReply> read(HttpClientResponse response) {
        Promise<WebhookReply> done = Promise.promise();
        Buffer body = Buffer.buffer();
        response.handler(
                chunk -> {
                    if (body.length() + chunk.length() > WebhookClient.MAX_REPLY_BYTES) {
                        done.tryFail(new WebhookClient.WebhookTooLarge());
                        response.request().reset();
                    } else {
                        body.appendBuffer(chunk);
                    }
                });
        response.exceptionHandler(done::tryFail);
        response.endHandler(
                v -> done.tryComplete(new WebhookReply(response.statusCode(), body.getBytes())));
        return done.future();
    }

    /** An attempt's failure as {@link WebhookUnreachable}, unless it is already final. */
    static Throwable unreachable(Throwable cause) {
        if (cause instanceof WebhookClient.WebhookTooLarge || cause instanceof WebhookUnreachable) {
            return cause;
        }
        return new WebhookUnreachable(cause.getClass().getSimpleName());
    }

    private static String pathAndQuery(URI url) {
        String path =
                url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]")
                ? host.substring(1, host.length() - 1)
                : host;
    }
}
