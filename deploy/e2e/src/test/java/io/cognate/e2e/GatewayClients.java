package io.cognate.e2e;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/** AWS SDK clients aimed at the launched suite's gateway, in us-east-1. */
final class GatewayClients {

    static final URI GATEWAY = URI.create(LocalSuite.ENDPOINT);

    private GatewayClients() {}

    /** The root keys of {@link LocalSuite#rootCredentials()}. */
    static AwsCredentialsProvider root(Map<String, String> root) {
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(root.get("accessKeyId"), root.get("secretAccessKey")));
    }

    static CognitoIdentityProviderClient cognito(AwsCredentialsProvider credentials) {
        return CognitoIdentityProviderClient.builder()
                .endpointOverride(GATEWAY)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    static CognitoIdentityClient identity(AwsCredentialsProvider credentials) {
        return CognitoIdentityClient.builder()
                .endpointOverride(GATEWAY)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    static IamClient iam(AwsCredentialsProvider credentials) {
        return IamClient.builder()
                .endpointOverride(GATEWAY)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    static StsClient sts(AwsCredentialsProvider credentials) {
        return StsClient.builder()
                .endpointOverride(GATEWAY)
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
