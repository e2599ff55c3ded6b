package io.cognate.broker.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Requests to a resource service, signed by the AWS SDK's own SigV4 signer, turned into the body a
 * resource service sends to {@code POST /internal/verify}.
 */
public final class SignedRequests {

    public static final String SERVICE = "dynamodb";

    private SignedRequests() {}

    /** A POST of {@code body} to {@code uri}, signed now for {@code dynamodb} in us-east-1. */
    public static Map<String, Object> post(
            AwsCredentialsIdentity credentials, String uri, String body) {
        return post(credentials, uri, body, Clock.systemUTC());
    }

    public static Map<String, Object> post(
            AwsCredentialsIdentity credentials, String uri, String body, Clock clock) {
        URI target = URI.create(uri);
        SdkHttpRequest request =
                SdkHttpRequest.builder()
                        .method(SdkHttpMethod.POST)
                        .uri(target)
                        .putHeader("Content-Type", "application/x-amz-json-1.0")
                        .putHeader("X-Amz-Target", "DynamoDB_20120810.GetItem")
                        .build();
        SdkHttpRequest signed = sign(credentials, request, body, SERVICE, clock);
        Map<String, Object> verify = new LinkedHashMap<>();
        verify.put("method", signed.method().name());
        verify.put("path", signed.encodedPath());
        verify.put("query", target.getRawQuery() == null ? "" : target.getRawQuery());
        Map<String, Object> headers = new LinkedHashMap<>();
        signed.headers().forEach(headers::put);
        verify.put("headers", headers);
        verify.put("bodySha256", sha256(body));
        return verify;
    }

    /** {@code request} with {@code body} signed by the AWS SDK's own SigV4 signer, in us-east-1. */
    public static SdkHttpRequest sign(
            AwsCredentialsIdentity credentials,
            SdkHttpRequest request,
            String body,
            String service,
            Clock clock) {
        return AwsV4HttpSigner.create()
                .sign(
                        r ->
                                r.identity(credentials)
                                        .request(request)
                                        .payload(ContentStreamProvider.fromUtf8String(body))
                                        .putProperty(
                                                AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                                        .putProperty(HttpSigner.SIGNING_CLOCK, clock))
                .request();
    }

    /**
     * A presigned GET of {@code uri} carrying {@code body}, as the SDK's signer presigns it ({@code
     * AUTH_LOCATION = QUERY_STRING}, {@code EXPIRATION_DURATION = expiresIn}) at {@code clock}'s
     * time, turned into a verify body: the signature travels in the query, not in the headers.
     */
    public static Map<String, Object> presigned(
            AwsCredentialsIdentity credentials,
            String uri,
            String body,
            Duration expiresIn,
            Clock clock) {
        SdkHttpRequest request =
                SdkHttpRequest.builder().method(SdkHttpMethod.GET).uri(URI.create(uri)).build();
        SdkHttpRequest signed =
                AwsV4HttpSigner.create()
                        .sign(
                                r ->
                                        r.identity(credentials)
                                                .request(request)
                                                .payload(ContentStreamProvider.fromUtf8String(body))
                                                .putProperty(
                                                        AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME,
                                                        SERVICE)
                                                .putProperty(
                                                        AwsV4HttpSigner.REGION_NAME, "us-east-1")
                                                .putProperty(
                                                        AwsV4FamilyHttpSigner.AUTH_LOCATION,
                                                        AwsV4FamilyHttpSigner.AuthLocation
                                                                .QUERY_STRING)
                                                .putProperty(
                                                        AwsV4FamilyHttpSigner.EXPIRATION_DURATION,
                                                        expiresIn)
                                                .putProperty(HttpSigner.SIGNING_CLOCK, clock))
                        .request();
        Map<String, Object> verify = new LinkedHashMap<>();
        verify.put("method", signed.method().name());
        verify.put("path", signed.encodedPath());
        verify.put("query", signed.getUri().getRawQuery());
        Map<String, Object> headers = new LinkedHashMap<>();
        signed.headers().forEach(headers::put);
        verify.put("headers", headers);
        verify.put("bodySha256", sha256(body));
        return verify;
    }

    public static String sha256(String body) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
