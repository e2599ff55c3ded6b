package io.cognate.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Requests to the test resource service signed by the AWS SDK's own SigV4 signer ({@code
 * AwsV4HttpSigner}) for {@code execute-api} in us-east-1, in the headers or presigned in the query,
 * and sent over plain HTTP/1.1 exactly as signed.
 */
final class SigV4Requests {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SigV4Requests() {}

    static SdkHttpRequest sign(AwsCredentialsIdentity credentials, String method, URI uri) {
        return AwsV4HttpSigner.create()
                .sign(
                        r ->
                                r.identity(credentials)
                                        .request(request(method, uri))
                                        .payload(ContentStreamProvider.fromUtf8String(""))
                                        .putProperty(
                                                AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME,
                                                "execute-api")
                                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"))
                .request();
    }

    /** A presigned GET, made at {@code clock}'s time and good for {@code expiresIn}. */
    static SdkHttpRequest presign(
            AwsCredentialsIdentity credentials, URI uri, Duration expiresIn, Clock clock) {
        return AwsV4HttpSigner.create()
                .sign(
                        r ->
                                r.identity(credentials)
                                        .request(request("GET", uri))
                                        .payload(ContentStreamProvider.fromUtf8String(""))
                                        .putProperty(
                                                AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME,
                                                "execute-api")
                                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                                        .putProperty(
                                                AwsV4FamilyHttpSigner.AUTH_LOCATION,
                                                AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                                        .putProperty(
                                                AwsV4FamilyHttpSigner.EXPIRATION_DURATION,
                                                expiresIn)
                                        .putProperty(HttpSigner.SIGNING_CLOCK, clock))
                .request();
    }

    /** Sends the signed request; the client sets {@code Host} itself, to the signed value. */
    static HttpResponse<String> send(SdkHttpRequest signed) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(signed.getUri())
                        .timeout(Duration.ofSeconds(20))
                        .method(signed.method().name(), HttpRequest.BodyPublishers.noBody());
        for (Map.Entry<String, List<String>> header : signed.headers().entrySet()) {
            if (!header.getKey().equalsIgnoreCase("Host")) {
                header.getValue().forEach(value -> request.header(header.getKey(), value));
            }
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static SdkHttpRequest request(String method, URI uri) {
        return SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri).build();
    }
}
