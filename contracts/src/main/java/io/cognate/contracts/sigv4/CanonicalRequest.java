package io.cognate.contracts.sigv4;

import io.cognate.contracts.aws.AwsHttpRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The SigV4 canonical request, built the way the AWS SDKs build it for non-S3 services (path
 * normalized, then URI-encoded once more). Signer and verifier both go through here so that the two
 * can never disagree.
 */
final class CanonicalRequest {

    /** Headers the SDKs never sign because proxies rewrite them. */
    private static final Set<String> UNSIGNABLE_HEADERS =
            Set.of("authorization", "connection", "expect", "user-agent", "x-amzn-trace-id");

    private static final Comparator<String[]> BY_NAME_THEN_VALUE =
            Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]);

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
        return request.method()
                + '\n'
                + canonicalUri(request.path())
                + '\n'
                + canonicalQuery(request.rawQuery(), excludedQueryParam)
                + '\n'
                + canonicalHeaders(request, signedHeaders)
                + '\n'
                + String.join(";", signedHeaders)
                + '\n'
                + payloadHash;
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

    /**
     * Normalizes dot segments, URI-encodes the raw path again (keeping {@code /}), empty as {@code
     * /}.
     */
    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String absolute = rawPath.startsWith("/") ? rawPath : "/" + rawPath;
        String path = UriEncoding.encode(removeDotSegments(absolute), true);
        boolean trailingSlashAdded =
                path.length() > 1 && path.endsWith("/") && !rawPath.endsWith("/");
        return trailingSlashAdded ? path.substring(0, path.length() - 1) : path;
    }

    /** Parameters decoded, RFC 3986 re-encoded, sorted by name then value; empty names dropped. */
    static String canonicalQuery(String rawQuery, String excludedParam) {
        List<String[]> pairs = new ArrayList<>();
        for (Map.Entry<String, List<String>> param : queryParameters(rawQuery).entrySet()) {
            String name = param.getKey();
            if (name.isEmpty() || name.equals(excludedParam)) {
                continue;
            }
            for (String value : param.getValue()) {
                pairs.add(
                        new String[] {
                            UriEncoding.encode(name, false), UriEncoding.encode(value, false)
                        });
            }
        }
        pairs.sort(BY_NAME_THEN_VALUE);
        StringBuilder out = new StringBuilder();
        for (String[] pair : pairs) {
            out.append(out.isEmpty() ? "" : "&").append(pair[0]).append('=').append(pair[1]);
        }
        return out.toString();
    }

    /**
     * The decoded query parameters in arrival order; a parameter without {@code =} has value "".
     */
    static Map<String, List<String>> queryParameters(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String piece : rawQuery.split("&")) {
            if (piece.isEmpty()) {
                continue;
            }
            int eq = piece.indexOf('=');
            String name = UriEncoding.decodeQueryComponent(eq < 0 ? piece : piece.substring(0, eq));
            String value = eq < 0 ? "" : UriEncoding.decodeQueryComponent(piece.substring(eq + 1));
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String canonicalHeaders(AwsHttpRequest request, List<String> signedHeaders) {
        StringBuilder out = new StringBuilder();
        for (String name : signedHeaders) {
            List<String> values = request.headers().getOrDefault(name, List.of());
            out.append(name).append(':');
            out.append(String.join(",", values.stream().map(CanonicalRequest::trimAll).toList()));
            out.append('\n');
        }
        return out.toString();
    }

    /** Trims the value and collapses each run of whitespace to one space. */
    static String trimAll(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\r' || c == '\f') {
                pendingSpace = !out.isEmpty();
            } else {
                out.append(pendingSpace ? " " : "").append(c);
                pendingSpace = false;
            }
        }
        return out.toString();
    }

    /**
     * RFC 3986 section 5.2.4 on an absolute path; empty segments are kept, as the SDKs keep them.
     */
    private static String removeDotSegments(String absolutePath) {
        String[] segments = absolutePath.split("/", -1);
        List<String> out = new ArrayList<>(segments.length);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("..") && !out.isEmpty()) {
                out.remove(out.size() - 1);
            }
            if (segment.equals(".") || segment.equals("..")) {
                if (last) {
                    out.add("");
                }
            } else {
                out.add(segment);
            }
        }
        return "/" + String.join("/", out);
    }
}
