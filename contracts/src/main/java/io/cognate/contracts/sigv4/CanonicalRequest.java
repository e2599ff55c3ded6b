package io.cognate.contracts.sigv4;

import io.cognate.contracts.aws.AwsHttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The SigV4 canonical request, built the way the AWS SDKs build it for non-S3 services (path
 * normalized, then URI-encoded once more). Signer and verifier both go through here so that the two
 * can never disagree. Every verified request builds one, so it is written into one StringBuilder
 * with no regex, stream or intermediate string per part; the rare shapes (dot segments, non-ASCII,
 * escapes in the query) take the longer way.
 */
final class CanonicalRequest {

    /** Headers the SDKs never sign because proxies rewrite them. */
    private static final Set<String> UNSIGNABLE_HEADERS =
            Set.of("authorization", "connection", "expect", "user-agent", "x-amzn-trace-id");

    private CanonicalRequest() {}

    /**
     * The canonical request string.
     *
     * @param signedHeaders header names exactly as listed in {@code SignedHeaders}
     * @param payloadHash lower-case hex SHA-256 of the body
     * @param excludedQueryParam a query parameter left out (the presigned {@code X-Amz-Signature}),
     *     or null
     */
    static String of(
            AwsHttpRequest request,
            List<String> signedHeaders,
            String payloadHash,
            String excludedQueryParam) {
        StringBuilder out = new StringBuilder(256);
        out.append(request.method()).append('\n');
        CanonicalUri.appendTo(out, request.path());
        out.append('\n');
        CanonicalQuery.appendTo(out, request.rawQuery(), excludedQueryParam);
        out.append('\n');
        Map<String, List<String>> headers = request.headers();
        for (String name : signedHeaders) {
            out.append(name).append(':');
            List<String> values = headers.get(name);
            if (values != null) {
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    appendTrimmed(out, values.get(i));
                }
            }
            out.append('\n');
        }
        out.append('\n');
        for (int i = 0; i < signedHeaders.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(signedHeaders.get(i));
        }
        return out.append('\n').append(payloadHash).toString();
    }

    /**
     * The names a signer signs: every header present except the unsignable ones, lower case,
     * sorted.
     */
    static List<String> signableHeaderNames(Map<String, List<String>> headers) {
        return headers.keySet().stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> !UNSIGNABLE_HEADERS.contains(name))
                .distinct()
                .sorted()
                .toList();
    }

    /** Trims the value and collapses each run of whitespace to one space. */
    static String trimAll(String value) {
        StringBuilder out = new StringBuilder(value.length());
        appendTrimmed(out, value);
        return out.toString();
    }

    private static void appendTrimmed(StringBuilder out, String value) {
        if (isTrimmed(value)) {
            // Nearly every value (and the long session token always): one copy, not char by char.
            out.append(value);
            return;
        }
        boolean pendingSpace = false;
        boolean any = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\r' || c == '\f') {
                pendingSpace = any;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
                any = true;
            }
        }
    }

    /** Whether {@link #trimAll} would return the value as it is. */
    private static boolean isTrimmed(String value) {
        int last = value.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = value.charAt(i);
            if (c <= ' ') {
                if (c == '\t' || c == '\n' || c == '\u000b' || c == '\r' || c == '\f') {
                    return false;
                }
                if (c == ' ' && (i == 0 || i == last || value.charAt(i + 1) == ' ')) {
                    return false;
                }
            }
        }
        return true;
    }
}
