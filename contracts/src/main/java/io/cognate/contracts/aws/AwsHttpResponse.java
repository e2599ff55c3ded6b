package io.cognate.contracts.aws;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a dispatcher answers: status, headers and body bytes, ready for any HTTP framework. */
public record AwsHttpResponse(int status, Map<String, String> headers, byte[] body) {

    public AwsHttpResponse {
        headers = Map.copyOf(headers);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
