package io.cognate.broker.testing;

import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/** Real AWS SDK v2 clients pointed at the test server, signed with the given credentials. */
public final class AwsClients {

    private AwsClients() {}

    public static AwsCredentials root() {
        var config = ConfigProvider.getConfig();
        return AwsBasicCredentials.create(
                config.getValue("cognate.root.access-key-id", String.class),
                config.getValue("cognate.root.secret-access-key", String.class));
    }

    public static AwsCredentials session(Credentials issued) {
        return AwsSessionCredentials.create(
                issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken());
    }

    public static IamClient iam(URI endpoint, AwsCredentials credentials) {
        return IamClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** An STS client without credentials: AssumeRoleWithWebIdentity is unsigned. */
    public static StsClient anonymousSts(URI endpoint) {
        return StsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public static StsClient sts(URI endpoint, AwsCredentials credentials) {
        return StsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
