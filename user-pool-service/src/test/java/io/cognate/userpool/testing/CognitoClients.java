package io.cognate.userpool.testing;

import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** The real AWS SDK for Java v2 client, pointed at the service under test. */
public final class CognitoClients {

    private CognitoClients() {}

    /** Signs with the test profile's root keys. */
    public static CognitoIdentityProviderClient root(URI endpoint) {
        var config = ConfigProvider.getConfig();
        return signedWith(
                endpoint,
                config.getValue("cognate.root.access-key-id", String.class),
                config.getValue("cognate.root.secret-access-key", String.class));
    }

    public static CognitoIdentityProviderClient signedWith(
            URI endpoint, String accessKeyId, String secretAccessKey) {
        return signedWith(endpoint, AwsBasicCredentials.create(accessKeyId, secretAccessKey));
    }

    /** Signs with temporary credentials: the session token travels as X-Amz-Security-Token. */
    public static CognitoIdentityProviderClient signedWithSession(
            URI endpoint, String accessKeyId, String secretAccessKey, String sessionToken) {
        return signedWith(
                endpoint, AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken));
    }

    private static CognitoIdentityProviderClient signedWith(URI endpoint, AwsCredentials creds) {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(creds))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none()))
                .build();
    }
}
