package io.cognate.contracts.aws;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A raw AWS API request as it arrived, independent of the HTTP framework. Header names are kept
 * case-insensitively; the body is the exact bytes received (SigV4 signs them).
 *
 * @param method HTTP method, upper case
 * @param path the raw (still percent-encoded) request path, {@code /} for the AWS APIs
 * @param rawQuery the raw query string without {@code ?}, or empty
 * @param headers all headers; names case-insensitive, values in arrival order
 * @param body the body bytes, never null
 * @param sourceIp the client address as seen by the service
 */
public record AwsHttpRequest(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body,
        String sourceIp) {

    public AwsHttpRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach(
                (name, values) -> copy.merge(name, List.copyOf(values), AwsHttpRequest::concat));
        headers = copy;
        body = body == null ? new byte[0] : body;
        rawQuery = rawQuery == null ? "" : rawQuery;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The media type of the body, lower case, without parameters; empty when absent. */
    public String mediaType() {
        String contentType = header("Content-Type");
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
