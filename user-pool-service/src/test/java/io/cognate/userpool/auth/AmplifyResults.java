package io.cognate.userpool.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading what the node scripts answer. */
final class AmplifyResults {

    private AmplifyResults() {}

    /** The requests the library sent, as "Operation AuthFlow-or-ChallengeName". */
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

    /** The claims of a token aws-jwt-verify accepted; fails with its error otherwise. */
    static JsonNode payload(JsonNode verification) {
        assertThat(verification.get("valid").asBoolean())
                .as("aws-jwt-verify: %s", verification.get("error"))
                .isTrue();
        return verification.get("payload");
    }

    /** The error aws-jwt-verify refused a token with (the error class name). */
    static String refusal(JsonNode verification) {
        assertThat(verification.get("valid").asBoolean())
                .as("aws-jwt-verify accepted %s", verification.get("payload"))
                .isFalse();
        return verification.get("error").get("name").asText();
    }

    /** The library reported {@code code} (as code and name) with {@code message}, no tokens. */
    static void assertError(JsonNode result, String code, String message) {
        JsonNode error = result.get("error");
        assertThat(error).as("no error in %s", result).isNotNull();
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("name").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isEqualTo(message);
        assertThat(result.has("tokens")).isFalse();
    }
}
