package io.cognate.contracts.sigv4;

import io.cognate.contracts.aws.AwsHttpRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
        appendCanonicalUri(out, request.path());
        out.append('\n');
        appendCanonicalQuery(out, request.rawQuery(), excludedQueryParam);
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

    /**
     * Normalizes dot segments, URI-encodes the raw path again (keeping {@code /}), empty as {@code
     * /}.
     */
    static String canonicalUri(String rawPath) {
        StringBuilder out = new StringBuilder();
        appendCanonicalUri(out, rawPath);
        return out.toString();
    }

    private static void appendCanonicalUri(StringBuilder out, String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            out.append('/');
            return;
        }
        boolean absolute = rawPath.charAt(0) == '/';
        if (!hasDotSegment(rawPath)) {
            // Nothing to normalize: the path is only encoded again.
            if (!absolute) {
                out.append('/');
            }
            UriEncoding.encodeTo(out, rawPath, true);
            return;
        }
        int start = out.length();
        UriEncoding.encodeTo(out, removeDotSegments(absolute ? rawPath : "/" + rawPath), true);
        int end = out.length();
        boolean trailingSlashAdded =
                end - start > 1 && out.charAt(end - 1) == '/' && !rawPath.endsWith("/");
        if (trailingSlashAdded) {
            out.setLength(end - 1);
        }
    }

    /** Whether a segment of the path is {@code .} or {@code ..}. */
    private static boolean hasDotSegment(String path) {
        int dot = path.indexOf('.');
        while (dot >= 0) {
            int from = dot;
            int to = dot + 1;
            if (to < path.length() && path.charAt(to) == '.') {
                to++;
            }
            boolean startsSegment = from == 0 || path.charAt(from - 1) == '/';
            boolean endsSegment = to == path.length() || path.charAt(to) == '/';
            if (startsSegment && endsSegment) {
                return true;
            }
            dot = path.indexOf('.', to);
        }
        return false;
    }

    /** Parameters decoded, RFC 3986 re-encoded, sorted by name then value; empty names dropped. */
    static String canonicalQuery(String rawQuery, String excludedParam) {
        StringBuilder out = new StringBuilder();
        appendCanonicalQuery(out, rawQuery, excludedParam);
        return out.toString();
    }

    private static void appendCanonicalQuery(
            StringBuilder out, String rawQuery, String excludedParam) {
        if (rawQuery.isEmpty()) {
            return;
        }
        String[] pairs = new String[8];
        int count = 0;
        StringBuilder pair = new StringBuilder(rawQuery.length() + 16);
        int from = 0;
        while (from <= rawQuery.length()) {
            int amp = rawQuery.indexOf('&', from);
            int to = amp < 0 ? rawQuery.length() : amp;
            if (to > from) {
                int eq = rawQuery.indexOf('=', from);
                int nameEnd = eq < 0 || eq > to ? to : eq;
                String name = UriEncoding.decodeQueryComponent(rawQuery.substring(from, nameEnd));
                if (!name.isEmpty() && !name.equals(excludedParam)) {
                    pair.setLength(0);
                    UriEncoding.encodeTo(pair, name, false);
                    pair.append('=');
                    if (nameEnd < to) {
                        UriEncoding.encodeTo(
                                pair,
                                UriEncoding.decodeQueryComponent(
                                        rawQuery.substring(nameEnd + 1, to)),
                                false);
                    }
                    if (count == pairs.length) {
                        pairs = Arrays.copyOf(pairs, count * 2);
                    }
                    pairs[count++] = pair.toString();
                }
            }
            from = to + 1;
        }
        Arrays.sort(pairs, 0, count, CanonicalRequest::byNameThenValue);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append('&');
            }
            out.append(pairs[i]);
        }
    }

    /**
     * Orders encoded {@code name=value} pairs by name, then value. Not as whole strings: {@code -},
     * {@code .}, {@code %} and the digits sort below {@code =}, so {@code a-b=1} would come before
     * {@code a=1}. An encoded name never holds {@code =} (it is {@code %3D}).
     */
    private static int byNameThenValue(String a, String b) {
        int endA = a.indexOf('=');
        int endB = b.indexOf('=');
        int shorter = Math.min(endA, endB);
        for (int i = 0; i < shorter; i++) {
            int difference = a.charAt(i) - b.charAt(i);
            if (difference != 0) {
                return difference;
            }
        }
        // Same name: the rest of the strings are the values.
        return endA != endB ? endA - endB : a.compareTo(b);
    }

    /**
     * The decoded query parameters in arrival order; a parameter without {@code =} has value "".
     */
    static Map<String, List<String>> queryParameters(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        int from = 0;
        while (from <= rawQuery.length()) {
            int amp = rawQuery.indexOf('&', from);
            int to = amp < 0 ? rawQuery.length() : amp;
            if (to > from) {
                int eq = rawQuery.indexOf('=', from);
                int nameEnd = eq < 0 || eq > to ? to : eq;
                String name = UriEncoding.decodeQueryComponent(rawQuery.substring(from, nameEnd));
                String value =
                        nameEnd < to
                                ? UriEncoding.decodeQueryComponent(
                                        rawQuery.substring(nameEnd + 1, to))
                                : "";
                params.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
            }
            from = to + 1;
        }
        return params;
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

    /**
     * RFC 3986 section 5.2.4 on an absolute path; empty segments are kept, as the SDKs keep them.
     */
    private static String removeDotSegments(String absolutePath) {
        List<String> out = new ArrayList<>();
        int from = 1;
        while (from <= absolutePath.length()) {
            int slash = absolutePath.indexOf('/', from);
            int to = slash < 0 ? absolutePath.length() : slash;
            String segment = absolutePath.substring(from, to);
            boolean last = slash < 0;
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
            from = to + 1;
        }
        return "/" + String.join("/", out);
    }
}
