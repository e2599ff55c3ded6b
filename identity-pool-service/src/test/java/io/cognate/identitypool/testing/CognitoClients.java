package io.cognate.identitypool.testing;

import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/** The real AWS SDK for Java v2 client, pointed at the service under test. */
public final class CognitoClients {

    private CognitoClients() {}

    /** Signs with the test profile's root keys (admin operations). */
    public static CognitoIdentityClient root(URI endpoint) {
        var config = ConfigProvider.getConfig();
        return builder(endpoint)
                .credentialsProvider(
                        StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(
                                        config.getValue("cognate.root.access-key-id", String.class),
                                        config.getValue(
                                                "cognate.root.secret-access-key", String.class))))
                .build();
    }

    /** Signs with temporary credentials: the session token travels as X-Amz-Security-Token. */
    public static CognitoIdentityClient signedWithSession(
            URI endpoint, String accessKeyId, String secretAccessKey, String sessionToken) {
        return builder(endpoint)
                .credentialsProvider(
                        StaticCredentialsProvider.create(
                                AwsSessionCredentials.create(
                                        accessKeyId, secretAccessKey, sessionToken)))
                .build();
    }

    /** Sends unsigned requests, as an app calling GetId and GetOpenIdToken does. */
    public static CognitoIdentityClient anonymous(URI endpoint) {
        return builder(endpoint).credentialsProvider(AnonymousCredentialsProvider.create()).build();
    }

    private static software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClientBuilder
            builder(URI endpoint) {
        return CognitoIdentityClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none()));
    }
}
