package io.cognate.identitypool.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.identitypool.testing.CognitoClients;
import io.cognate.infra.BrokerVerifyStandIn;
import io.cognate.infra.BrokerVerifyStandIn.Key;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

/**
 * Identity-pool admin calls signed by the real AWS SDK with broker-issued temporary credentials
 * (SECURITY-CASES 18): a role allowed {@code cognito-identity:*} manages pools, one allowed only
 * {@code ListIdentityPools} is refused the rest, expired credentials are refused. The broker's
 * verify endpoint is played by {@link BrokerVerifyStandIn}, which checks the signatures for real.
 */
@QuarkusTest
class BrokerCredentialsQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    private CognitoIdentityClient root;
    private String poolId;

    @BeforeEach
    void createPool() {
        root = CognitoClients.root(endpoint);
        poolId =
                root.createIdentityPool(
                                r ->
                                        r.identityPoolName("broker signed")
                                                .allowUnauthenticatedIdentities(true))
                        .identityPoolId();
    }

    @AfterEach
    void close() {
        root.close();
    }

    @Test
    void describeIdentityPoolWhenRoleAllowsCognitoIdentityThenPoolReturned() {
        try (var admin = signedWith(BrokerVerifyStandIn.ADMIN)) {
            assertThat(admin.describeIdentityPool(r -> r.identityPoolId(poolId)).identityPoolName())
                    .isEqualTo("broker signed");
        }
    }

    @Test
    void describeIdentityPoolWhenRoleMayOnlyListThenAccessDeniedNamingThePool() {
        try (var reader = signedWith(BrokerVerifyStandIn.READER)) {
            assertThat(reader.listIdentityPools(r -> r.maxResults(10)).identityPools()).isNotNull();
            assertThatThrownBy(() -> reader.describeIdentityPool(r -> r.identityPoolId(poolId)))
                    .isInstanceOfSatisfying(
                            AwsServiceException.class,
                            e -> {
                                assertThat(e.awsErrorDetails().errorCode())
                                        .isEqualTo("AccessDeniedException");
                                assertThat(e.awsErrorDetails().errorMessage())
                                        .contains(
                                                "cognito-identity:DescribeIdentityPool on resource:"
                                                        + " arn:aws:cognito-identity:us-east-1:"
                                                        + "000000000000:identitypool/"
                                                        + poolId);
                            });
        }
    }

    @Test
    void describeIdentityPoolWhenCredentialsExpiredThenExpiredTokenException() {
        try (var expired = signedWith(BrokerVerifyStandIn.EXPIRED)) {
            assertThatThrownBy(() -> expired.describeIdentityPool(r -> r.identityPoolId(poolId)))
                    .isInstanceOfSatisfying(
                            AwsServiceException.class,
                            e ->
                                    assertThat(e.awsErrorDetails().errorCode())
                                            .isEqualTo("ExpiredTokenException"));
        }
    }

    private CognitoIdentityClient signedWith(Key key) {
        return CognitoClients.signedWithSession(
                endpoint, key.accessKeyId(), key.secretAccessKey(), key.sessionToken());
    }
}
