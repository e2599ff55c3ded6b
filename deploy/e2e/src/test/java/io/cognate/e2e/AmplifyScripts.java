package io.cognate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * amazon-cognito-identity-js against the gateway: user-pool-service's node scripts ({@code
 * src/test/js}, installed by that module's build), each given its input as JSON and answering JSON
 * with the calls the library made.
 */
final class AmplifyScripts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AmplifyScripts() {}

    /** The input every script takes: where the pool is, who signs in, with which flow. */
    static Map<String, Object> signIn(
            String userPoolId, String clientId, String username, String password, String flow) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("endpoint", LocalSuite.ENDPOINT);
        input.put("userPoolId", userPoolId);
        input.put("clientId", clientId);
        input.put("username", username);
        input.put("password", password);
        input.put("flow", flow);
        return input;
    }

    static JsonNode run(String script, Map<String, Object> input) throws Exception {
        Process node =
                new ProcessBuilder(List.of("node", script, JSON.writeValueAsString(input)))
                        .directory(
                                SharedSuite.SUITE
                                        .repo()
                                        .resolve("user-pool-service/src/test/js")
                                        .toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
        byte[] out = node.getInputStream().readAllBytes();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
        return JSON.readTree(out);
    }

    /** The library's calls as {@code "<operation> <auth flow or challenge>"}, in order. */
    static List<String> calls(JsonNode result) {
        List<String> calls = new ArrayList<>();
        for (JsonNode call : result.get("calls")) {
            String step =
                    call.get("authFlow").isNull()
                            ? call.get("challengeName").asText()
                            : call.get("authFlow").asText();
            calls.add(call.get("operation").asText() + " " + step);
        }
        return calls;
    }
}
