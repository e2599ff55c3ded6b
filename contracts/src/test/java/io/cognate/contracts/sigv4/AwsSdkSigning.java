package io.cognate.contracts.sigv4;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Test fixtures: requests signed by the real AWS SDK signer, turned into what our services receive.
 */
final class AwsSdkSigning {

    static final String ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final String REGION = "us-east-1";
    static final String SERVICE = "cognito-idp";
    static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");
    static final Caller CALLER =
            new Caller(ACCESS_KEY_ID, "123456789012", "arn:aws:iam::123456789012:root");
    static final SigningCredentials CREDENTIALS =
            new SigningCredentials(ACCESS_KEY_ID, SECRET, CALLER);
    static final String TARGET = "AWSCognitoIdentityProviderService.ListUserPools";
    static final byte[] JSON_BODY = "{\"MaxResults\":10}".getBytes(StandardCharsets.UTF_8);

    private AwsSdkSigning() {}

    /** The JSON 1.1 POST / an SDK sends to Cognito, before signing. */
    static SdkHttpFullRequest.Builder jsonRequest() {
        return SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(URI.create("https://cognito-idp.us-east-1.amazonaws.com/"))
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", TARGET)
                .putHeader("Content-Length", String.valueOf(JSON_BODY.length));
    }

    /** The JSON request signed by the SDK with our test key, at {@code at}. */
    static AwsHttpRequest sdkSignedJson(Instant at) {
        return sdkSigned(jsonRequest().build(), JSON_BODY, REGION, SERVICE, at, r -> {});
    }

    /** Signs with {@link AwsV4HttpSigner}; {@code extra} may change identity or properties. */
    static AwsHttpRequest sdkSigned(
            SdkHttpRequest request,
            byte[] body,
            String region,
            String service,
            Instant at,
            Consumer<SignRequest.Builder<AwsCredentialsIdentity>> extra) {
        SdkHttpRequest signed =
                AwsV4HttpSigner.create()
                        .sign(
                                r -> {
                                    r.identity(AwsCredentialsIdentity.create(ACCESS_KEY_ID, SECRET))
                                            .request(request)
                                            .payload(ContentStreamProvider.fromByteArray(body))
                                            .putProperty(
                                                    AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                                            .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                                            .putProperty(
                                                    AwsV4HttpSigner.SIGNING_CLOCK,
                                                    Clock.fixed(at, ZoneOffset.UTC));
                                    extra.accept(r);
                                })
                        .request();
        return received(signed, body);
    }

    /**
     * The request as our HTTP layer hands it over: raw path and query, every header, Host included.
     */
    static AwsHttpRequest received(SdkHttpRequest request, byte[] body) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.headers());
        headers.putIfAbsent("Host", List.of(request.host()));
        URI uri = request.getUri();
        return new AwsHttpRequest(
                request.method().name(),
                uri.getRawPath(),
                uri.getRawQuery(),
                headers,
                body,
                "203.0.113.7");
    }

    /** A copy with one header replaced. */
    static AwsHttpRequest withHeader(AwsHttpRequest request, String name, String value) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.headers());
        headers.put(name, List.of(value));
        return new AwsHttpRequest(
                request.method(),
                request.path(),
                request.rawQuery(),
                headers,
                request.body(),
                request.sourceIp());
    }

    /** A copy with another body. */
    static AwsHttpRequest withBody(AwsHttpRequest request, byte[] body) {
        return new AwsHttpRequest(
                request.method(),
                request.path(),
                request.rawQuery(),
                request.headers(),
                body,
                request.sourceIp());
    }
}
