package io.cognate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;

/**
 * The whole suite launched by {@code deploy/local/run}, reached only through the gateway on :8080,
 * with the AWS SDK for Java v2 and the AWS CLI, and restarted to prove data survives.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

    private static final LocalSuite SUITE = LocalSuite.fromSystemProperties();
    private static Map<String, String> root;

    @BeforeAll
    static void launch() throws Exception {
        Duration took = SUITE.start();
        System.out.printf("Suite healthy %.1f s after launch%n", took.toMillis() / 1000.0);
        root = SUITE.rootCredentials();
    }

    @AfterAll
    static void shutdown() throws Exception {
        SUITE.stop();
    }

    @Test
    @Order(1)
    void awsCliWhenCreatingListingAndDescribingPoolsThroughGatewayThenItWorks() throws Exception {
        assumeTrue(AwsCli.installed(), "the AWS CLI is not installed on this machine");
        AwsCli aws = new AwsCli(root);

        JsonNode created = aws.json("cognito-idp", "create-user-pool", "--pool-name", "demo");
        String cliPoolId = created.at("/UserPool/Id").asText();
        assertThat(cliPoolId).matches("us-east-1_[0-9A-Za-z]{9}");

        // Pages by hand with NextToken: a reused data directory may hold many pools.
        List<String> ids = new ArrayList<>();
        String next = null;
        do {
            List<String> args =
                    new ArrayList<>(
                            List.of("cognito-idp", "list-user-pools", "--max-results", "10"));
            if (next != null) {
                args.addAll(List.of("--next-token", next));
            }
            JsonNode page = aws.json(args.toArray(String[]::new));
            page.path("UserPools").forEach(p -> ids.add(p.path("Id").asText()));
            next = page.hasNonNull("NextToken") ? page.get("NextToken").asText() : null;
        } while (next != null && !ids.contains(cliPoolId));
        assertThat(ids).contains(cliPoolId);

        JsonNode described =
                aws.json("cognito-idp", "describe-user-pool", "--user-pool-id", cliPoolId);
        assertThat(described.at("/UserPool/Name").asText()).isEqualTo("demo");
        assertThat(described.at("/UserPool/Policies/PasswordPolicy/MinimumLength").asInt())
                .isEqualTo(8);

        JsonNode caller = aws.json("sts", "get-caller-identity");
        assertThat(caller.path("Account").asText()).isEqualTo("000000000000");
    }

    @Test
    @Order(2)
    void awsCliWhenNewUserSignsUpConfirmsAndResetsPasswordThenDirectoryShowsIt() throws Exception {
        assumeTrue(AwsCli.installed(), "the AWS CLI is not installed on this machine");
        AwsCli aws = new AwsCli(root);
        String pool =
                aws.json(
                                "cognito-idp",
                                "create-user-pool",
                                "--pool-name",
                                "newcomers",
                                "--auto-verified-attributes",
                                "email")
                        .at("/UserPool/Id")
                        .asText();
        String client =
                aws.json(
                                "cognito-idp",
                                "create-user-pool-client",
                                "--user-pool-id",
                                pool,
                                "--client-name",
                                "cli")
                        .at("/UserPoolClient/ClientId")
                        .asText();
        String email = "newcomer-" + System.nanoTime() + "@example.com";

        try (DeliveredCodes codes = new DeliveredCodes("127.0.0.1:9092")) {
            JsonNode signedUp =
                    aws.json(
                            "cognito-idp",
                            "sign-up",
                            "--client-id",
                            client,
                            "--username",
                            "newcomer",
                            "--password",
                            "Corr3ct-Horse!",
                            "--user-attributes",
                            "Name=email,Value=" + email);
            assertThat(signedUp.path("UserConfirmed").asBoolean()).isFalse();
            assertThat(signedUp.at("/CodeDeliveryDetails/DeliveryMedium").asText())
                    .isEqualTo("EMAIL");

            aws.json(
                    "cognito-idp",
                    "confirm-sign-up",
                    "--client-id",
                    client,
                    "--username",
                    "newcomer",
                    "--confirmation-code",
                    codes.await(email, "SIGN_UP"));
            assertThat(
                            aws.json(
                                            "cognito-idp",
                                            "admin-get-user",
                                            "--user-pool-id",
                                            pool,
                                            "--username",
                                            "newcomer")
                                    .path("UserStatus")
                                    .asText())
                    .isEqualTo("CONFIRMED");

            aws.json(
                    "cognito-idp",
                    "forgot-password",
                    "--client-id",
                    client,
                    "--username",
                    "newcomer");
            aws.json(
                    "cognito-idp",
                    "confirm-forgot-password",
                    "--client-id",
                    client,
                    "--username",
                    "newcomer",
                    "--confirmation-code",
                    codes.await(email, "FORGOT_PASSWORD"),
                    "--password",
                    "N3w-Horse-Battery!");
        }

        JsonNode found =
                aws.json(
                        "cognito-idp",
                        "list-users",
                        "--user-pool-id",
                        pool,
                        "--filter",
                        "email ^= \"newcomer-\"");
        assertThat(found.path("Users")).hasSize(1);
        assertThat(found.at("/Users/0/UserStatus").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    @Order(3)
    void sdkWhenManagingPoolsThroughGatewayThenResponsesAndErrorsAreCognitos() {
        try (var cognito = cognito(root.get("secretAccessKey"))) {
            UserPoolType created =
                    cognito.createUserPool(r -> r.poolName("via-gateway")).userPool();
            assertThat(cognito.describeUserPool(r -> r.userPoolId(created.id())).userPool())
                    .isEqualTo(created);
            assertThat(cognito.listUserPoolsPaginator(r -> r.maxResults(1)).userPools())
                    .extracting(UserPoolDescriptionType::id)
                    .contains(created.id());

            assertThatThrownBy(
                            () ->
                                    cognito.describeUserPool(
                                            r -> r.userPoolId("us-east-1_Missing00")))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> cognito.createUserPool(r -> r.poolName(null)))
                    .isInstanceOf(InvalidParameterException.class);
        }
    }

    @Test
    @Order(4)
    void sdkWhenSignedWithWrongSecretThroughGatewayThenRefused() {
        try (var impostor = cognito("wrong-secret")) {
            assertThatThrownBy(() -> impostor.listUserPools(r -> r.maxResults(1)))
                    .hasMessageContaining("signature");
        }
    }

    @Test
    @Order(5)
    void otherServicesWhenCalledThroughGatewayThenTheyAnswer() {
        var credentials = credentials(root.get("secretAccessKey"));
        try (var sts = GatewayClients.sts(credentials)) {
            assertThat(sts.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::000000000000:root");
        }
        try (var identity = GatewayClients.identity(credentials)) {
            String poolId =
                    identity.createIdentityPool(
                                    r ->
                                            r.identityPoolName("via_gateway")
                                                    .allowUnauthenticatedIdentities(true))
                            .identityPoolId();
            assertThat(identity.listIdentityPools(r -> r.maxResults(60)).identityPools())
                    .anyMatch(p -> p.identityPoolId().equals(poolId));
            assertThatThrownBy(
                            () ->
                                    identity.describeIdentityPool(
                                            r ->
                                                    r.identityPoolId(
                                                            "us-east-1:00000000-0000-0000-0000-000000000000")))
                    .isInstanceOf(CognitoIdentityException.class)
                    .satisfies(
                            e ->
                                    assertThat(
                                                    ((CognitoIdentityException) e)
                                                            .awsErrorDetails()
                                                            .errorCode())
                                            .isEqualTo("ResourceNotFoundException"));
        }
    }

    @Test
    @Order(6)
    void suiteWhenStoppedAndStartedAgainThenPoolsSurvive() throws Exception {
        String id;
        try (var cognito = cognito(root.get("secretAccessKey"))) {
            id = cognito.createUserPool(r -> r.poolName("durable")).userPool().id();
        }

        SUITE.stop();
        SUITE.start();

        try (var cognito = cognito(root.get("secretAccessKey"))) {
            assertThat(cognito.describeUserPool(r -> r.userPoolId(id)).userPool().name())
                    .isEqualTo("durable");
        }
    }

    private static CognitoIdentityProviderClient cognito(String secret) {
        return GatewayClients.cognito(credentials(secret));
    }

    private static StaticCredentialsProvider credentials(String secret) {
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(root.get("accessKeyId"), secret));
    }
}
