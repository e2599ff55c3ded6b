package io.cognate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real AWS CLI, pointed at the gateway with the root keys or issued temporary ones. */
final class AwsCli {

    private final Map<String, String> credentials;

    AwsCli(Map<String, String> credentials) {
        this.credentials = credentials;
    }

    /** Whether an {@code aws} executable is on the PATH of this machine. */
    static boolean installed() {
        try {
            Process p = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code aws --endpoint-url … <args>}, expects success and returns the JSON output. */
    JsonNode json(String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(
                        List.of("aws", "--endpoint-url", LocalSuite.ENDPOINT, "--output", "json"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("AWS_ACCESS_KEY_ID", credentials.get("accessKeyId"));
        env.put("AWS_SECRET_ACCESS_KEY", credentials.get("secretAccessKey"));
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.remove("AWS_PROFILE");
        env.remove("AWS_SESSION_TOKEN");
        if (credentials.containsKey("sessionToken")) {
            env.put("AWS_SESSION_TOKEN", credentials.get("sessionToken"));
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("aws " + String.join(" ", args) + " failed: " + err);
        }
        return new ObjectMapper().readTree(out);
    }
}
