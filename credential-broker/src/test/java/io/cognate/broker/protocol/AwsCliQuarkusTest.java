package io.cognate.broker.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.broker.testing.AwsClients;
import io.cognate.broker.testing.TrustPolicies;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real AWS CLI against the broker: {@code aws iam create-role}/{@code get-role}, then {@code
 * aws sts assume-role} and {@code get-caller-identity} with the issued credentials. Runs where
 * {@code aws} is on the PATH (the project's machines have aws-cli in the pyenv Python).
 */
@QuarkusTest
class AwsCliQuarkusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI endpoint;

    @BeforeAll
    static void cliPresent() {
        assumeTrue(cliAvailable(), "the AWS CLI is not on the PATH");
    }

    @Test
    void cliWhenCreatingRoleAndAssumingItThenCallerIdentityIsTheAssumedRole() throws Exception {
        String role = "cli-" + UUID.randomUUID().toString().substring(0, 12);
        Map<String, String> root =
                Map.of(
                        "AWS_ACCESS_KEY_ID", AwsClients.root().accessKeyId(),
                        "AWS_SECRET_ACCESS_KEY", AwsClients.root().secretAccessKey());

        JsonNode created =
                aws(
                        root,
                        "iam",
                        "create-role",
                        "--role-name",
                        role,
                        "--path",
                        "/cli/",
                        "--assume-role-policy-document",
                        TrustPolicies.trustingAccount());
        JsonNode fetched = aws(root, "iam", "get-role", "--role-name", role);
        JsonNode assumed =
                aws(
                        root,
                        "sts",
                        "assume-role",
                        "--role-arn",
                        created.at("/Role/Arn").asText(),
                        "--role-session-name",
                        "cli-session");
        JsonNode credentials = assumed.get("Credentials");
        JsonNode identity =
                aws(
                        Map.of(
                                "AWS_ACCESS_KEY_ID", credentials.get("AccessKeyId").asText(),
                                "AWS_SECRET_ACCESS_KEY",
                                        credentials.get("SecretAccessKey").asText(),
                                "AWS_SESSION_TOKEN", credentials.get("SessionToken").asText()),
                        "sts",
                        "get-caller-identity");

        assertThat(created.at("/Role/Arn").asText())
                .isEqualTo("arn:aws:iam::000000000000:role/cli/" + role);
        assertThat(fetched.at("/Role/AssumeRolePolicyDocument/Statement/0/Action").asText())
                .isEqualTo("sts:AssumeRole");
        assertThat(identity.get("Arn").asText())
                .isEqualTo("arn:aws:sts::000000000000:assumed-role/" + role + "/cli-session");
        assertThat(identity.get("UserId").asText())
                .isEqualTo(created.at("/Role/RoleId").asText() + ":cli-session");
    }

    private JsonNode aws(Map<String, String> credentials, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", endpoint.toString(), "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(credentials);
        builder.environment().put("AWS_DEFAULT_REGION", "us-east-1");
        builder.environment().put("AWS_CONFIG_FILE", "/dev/null");
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        builder.environment().remove("AWS_PROFILE");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return JSON.readTree(output);
    }

    private static boolean cliAvailable() {
        try {
            Process process =
                    new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
