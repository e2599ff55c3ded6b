package io.cognate.userpool.testing;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/** What the self-service tests share: an unsigned SDK client, as an app holds one, and helpers. */
public final class SelfService {

    private SelfService() {}

    /** The SDK without credentials: it sends public operations unsigned, as apps do. */
    public static CognitoIdentityProviderClient anonymous(URI endpoint) {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none()))
                .build();
    }

    /** An address no other test uses, so that its mailbox holds only this test's messages. */
    public static String freshEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public static AttributeType attr(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    public static Map<String, String> attributes(AdminGetUserResponse user) {
        return user.userAttributes().stream()
                .collect(Collectors.toMap(AttributeType::name, AttributeType::value));
    }

    public static String message(Throwable e) {
        return ((AwsServiceException) e).awsErrorDetails().errorMessage();
    }

    /** A code that is not {@code code}. */
    public static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
