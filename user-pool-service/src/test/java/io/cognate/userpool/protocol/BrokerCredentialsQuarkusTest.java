package io.cognate.userpool.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.infra.BrokerVerifyStandIn;
import io.cognate.infra.BrokerVerifyStandIn.Key;
import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/**
 * Admin calls signed by the real AWS SDK with broker-issued temporary credentials (SECURITY-CASES
 * 18): accepted when the role's policy allows the action on the pool, refused with the error a
 * Cognito client gets otherwise. The broker's verify endpoint is played by {@link
 * BrokerVerifyStandIn}, which checks the SDK's signatures for real.
 */
@QuarkusTest
class BrokerCredentialsQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    private CognitoIdentityProviderClient root;
    private String poolId;

    @BeforeEach
    void createPoolAndUser() {
        root = CognitoClients.root(endpoint);
        poolId = root.createUserPool(r -> r.poolName("broker-signed")).userPool().id();
        root.adminCreateUser(
                r ->
                        r.userPoolId(poolId)
                                .username("carol")
                                .messageAction(MessageActionType.SUPPRESS));
    }

    @AfterEach
    void close() {
        root.close();
    }

    @Test
    void adminGetUserWhenRoleAllowsItThenUserReturned() {
        try (var admin = signedWith(BrokerVerifyStandIn.ADMIN)) {
            var user = admin.adminGetUser(r -> r.userPoolId(poolId).username("carol"));

            assertThat(user.username()).isEqualTo("carol");
        }
    }

    @Test
    void adminGetUserWhenRoleLacksTheActionThenAccessDeniedNamingActionAndPool() {
        try (var reader = signedWith(BrokerVerifyStandIn.READER)) {
            assertThat(reader.listUserPools(r -> r.maxResults(10)).sdkHttpResponse().isSuccessful())
                    .isTrue();
            assertThatThrownBy(
                            () -> reader.adminGetUser(r -> r.userPoolId(poolId).username("carol")))
                    .isInstanceOfSatisfying(
                            AwsServiceException.class,
                            e -> {
                                assertThat(e.awsErrorDetails().errorCode())
                                        .isEqualTo("AccessDeniedException");
                                assertThat(e.awsErrorDetails().errorMessage())
                                        .isEqualTo(
                                                "User: arn:aws:sts::000000000000:assumed-role/"
                                                        + "cognito-readers/stand-in is not"
                                                        + " authorized to perform:"
                                                        + " cognito-idp:AdminGetUser on resource:"
                                                        + " arn:aws:cognito-idp:us-east-1:"
                                                        + "000000000000:userpool/"
                                                        + poolId
                                                        + " because no identity-based policy"
                                                        + " allows the cognito-idp:AdminGetUser"
                                                        + " action");
                            });
        }
    }

    @Test
    void adminGetUserWhenCredentialsExpiredThenExpiredTokenException() {
        try (var expired = signedWith(BrokerVerifyStandIn.EXPIRED)) {
            assertErrorCode(
                    () -> expired.adminGetUser(r -> r.userPoolId(poolId).username("carol")),
                    "ExpiredTokenException");
        }
    }

    @Test
    void adminGetUserWhenTemporarySecretIsWrongThenInvalidSignature() {
        Key admin = BrokerVerifyStandIn.ADMIN;
        try (var forged =
                CognitoClients.signedWithSession(
                        endpoint, admin.accessKeyId(), "not-the-secret", admin.sessionToken())) {
            assertErrorCode(
                    () -> forged.adminGetUser(r -> r.userPoolId(poolId).username("carol")),
                    "InvalidSignatureException");
        }
    }

    @Test
    void adminGetUserWhenSessionTokenBelongsToAnotherKeyThenUnrecognizedClient() {
        Key admin = BrokerVerifyStandIn.ADMIN;
        try (var mismatched =
                CognitoClients.signedWithSession(
                        endpoint,
                        admin.accessKeyId(),
                        admin.secretAccessKey(),
                        BrokerVerifyStandIn.READER.sessionToken())) {
            assertErrorCode(
                    () -> mismatched.adminGetUser(r -> r.userPoolId(poolId).username("carol")),
                    "UnrecognizedClientException");
        }
    }

    private CognitoIdentityProviderClient signedWith(Key key) {
        return CognitoClients.signedWithSession(
                endpoint, key.accessKeyId(), key.secretAccessKey(), key.sessionToken());
    }

    private static void assertErrorCode(Runnable call, String code) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        AwsServiceException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code));
    }
}
