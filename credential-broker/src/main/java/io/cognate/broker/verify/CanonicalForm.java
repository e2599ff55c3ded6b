package io.cognate.broker.verify;

import io.cognate.contracts.aws.AwsHttpRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The SigV4 canonical request of a request known only by its parts and its payload hash, built
 * exactly as contracts' {@code sigv4.CanonicalRequest} builds it for non-S3 services (path
 * normalized then encoded again, query decoded, re-encoded and sorted, header values trimmed).
 * Contracts' verifier hashes a body it holds; {@code /internal/verify} receives only the hash, so
 * this copy stays byte-for-byte in step with contracts until contracts accepts a payload hash.
 */
final class CanonicalForm {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Comparator<String[]> BY_NAME_THEN_VALUE =
            Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]);

    private CanonicalForm() {}

    static String request(AwsHttpRequest request, List<String> signedHeaders, String payloadHash) {
        StringBuilder headers = new StringBuilder();
        for (String name : signedHeaders) {
            List<String> values = request.headers().getOrDefault(name, List.of());
            headers.append(name).append(':');
            headers.append(String.join(",", values.stream().map(CanonicalForm::trimAll).toList()));
            headers.append('\n');
        }
        return request.method()
                + '\n'
                + uri(request.path())
                + '\n'
                + query(request.rawQuery())
                + '\n'
                + headers
                + '\n'
                + String.join(";", signedHeaders)
                + '\n'
                + payloadHash;
    }

    static String uri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String absolute = rawPath.startsWith("/") ? rawPath : "/" + rawPath;
        String path = encode(removeDotSegments(absolute), true);
        boolean trailingSlashAdded =
                path.length() > 1 && path.endsWith("/") && !rawPath.endsWith("/");
        return trailingSlashAdded ? path.substring(0, path.length() - 1) : path;
    }

    static String query(String rawQuery) {
        List<String[]> pairs = new ArrayList<>();
        for (String piece : rawQuery.split("&")) {
            if (piece.isEmpty()) {
                continue;
            }
            int eq = piece.indexOf('=');
            String name = decode(eq < 0 ? piece : piece.substring(0, eq));
            String value = eq < 0 ? "" : decode(piece.substring(eq + 1));
            if (!name.isEmpty()) {
                pairs.add(new String[] {encode(name, false), encode(value, false)});
            }
        }
        pairs.sort(BY_NAME_THEN_VALUE);
        StringBuilder out = new StringBuilder();
        for (String[] pair : pairs) {
            out.append(out.isEmpty() ? "" : "&").append(pair[0]).append('=').append(pair[1]);
        }
        return out.toString();
    }

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

    private static String encode(String value, boolean keepSlash) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean unreserved =
                    (c >= 'A' && c <= 'Z')
                            || (c >= 'a' && c <= 'z')
                            || (c >= '0' && c <= '9')
                            || c == '-'
                            || c == '_'
                            || c == '.'
                            || c == '~';
            if (unreserved || (keepSlash && c == '/')) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** {@code %XY} as UTF-8 and {@code +} as a space; malformed escapes kept literally. */
    private static String decode(String value) {
        if (value.indexOf('%') < 0 && value.indexOf('+') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%'
                    && i + 2 < value.length()
                    && hex(value.charAt(i + 1)) >= 0
                    && hex(value.charAt(i + 2)) >= 0) {
                bytes.write(hex(value.charAt(i + 1)) << 4 | hex(value.charAt(i + 2)));
                i += 2;
            } else {
                byte[] raw = Character.toString(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
            i += Character.charCount(c);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }
}
