package io.cognate.broker.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Calls to the broker's internal JSON endpoints as another Cognate service makes them: a POST
 * signed by the AWS SDK's own SigV4 signer (service {@code sts}, us-east-1), sent as signed or
 * altered after signing.
 */
public final class InternalCalls {

    /**
     * HTTP/1.1, as the services' Vert.x clients speak: the JDK client would otherwise upgrade to
     * h2c, where {@code Host} becomes the {@code :authority} pseudo-header the signature covers.
     */
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private InternalCalls() {}

    /** POSTs {@code body} to {@code uri}, signed with {@code credentials}. */
    public static HttpResponse<String> signed(
            AwsCredentialsIdentity credentials, URI uri, String body) {
        return signed(credentials, uri, body, UnaryOperator.identity());
    }

    /** POSTs a body signed as {@code body} but sent as {@code alter(body)}. */
    public static HttpResponse<String> signed(
            AwsCredentialsIdentity credentials, URI uri, String body, UnaryOperator<String> alter) {
        SdkHttpRequest request =
                SdkHttpRequest.builder()
                        .method(SdkHttpMethod.POST)
                        .uri(uri)
                        .putHeader("Content-Type", "application/json")
                        .build();
        SdkHttpRequest signed =
                SignedRequests.sign(credentials, request, body, "sts", Clock.systemUTC());
        HttpRequest.Builder http =
                HttpRequest.newBuilder(uri)
                        .POST(HttpRequest.BodyPublishers.ofString(alter.apply(body)));
        // The client sets Host itself, to the same authority the signer signed.
        signed.headers().entrySet().stream()
                .filter(h -> !h.getKey().equalsIgnoreCase("Host"))
                .forEach(h -> h.getValue().forEach(v -> http.header(h.getKey(), v)));
        return send(http.build());
    }

    /** POSTs {@code body} without any signature. */
    public static HttpResponse<String> unsigned(URI uri, String body) {
        return send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    /** The JSON of {@code fields}, as identity-pool-service writes it. */
    public static String json(Map<String, Object> fields) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
