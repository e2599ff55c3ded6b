package io.cognate.gateway.routing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Recognises {@code /internal/*} however a client disguises it. The services mount
 * service-to-service endpoints there and trust the network to keep outsiders away; the gateway is
 * that network edge. Every server between here and the handler may decode or normalise differently,
 * so this check is deliberately more eager than any of them: it decodes repeatedly ({@code %2569}),
 * treats {@code \} and encoded slashes as separators, drops {@code ;parameters}, resolves dot
 * segments and ignores case.
 */
final class InternalPaths {

    private static final int MAX_DECODING_ROUNDS = 4;

    private InternalPaths() {}

    static boolean isInternal(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        String path = rawPath;
        for (int round = 0; round < MAX_DECODING_ROUNDS; round++) {
            String decoded = percentDecode(path);
            if (decoded.equals(path)) {
                break;
            }
            path = decoded;
        }
        String first = canonicalSegments(path.replace('\\', '/')).peekFirst();
        return first != null && first.equals("internal");
    }

    private static Deque<String> canonicalSegments(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String raw : path.split("/")) {
            int parameters = raw.indexOf(';');
            String segment =
                    (parameters < 0 ? raw : raw.substring(0, parameters))
                            .strip()
                            .toLowerCase(Locale.ROOT);
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        return segments;
    }

    /** Decodes every valid {@code %XX} escape as UTF-8; malformed escapes stay as they are. */
    private static String percentDecode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        int i = 0;
        while (i < value.length()) {
            if (value.charAt(i) == '%' && i + 2 < value.length() && isHex(value, i + 1, i + 2)) {
                bytes.write(Integer.parseInt(value, i + 1, i + 3, 16));
                i += 3;
            } else {
                int next = value.indexOf('%', i + 1);
                int end = next < 0 ? value.length() : next;
                bytes.writeBytes(value.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String value, int first, int second) {
        return Character.digit(value.charAt(first), 16) >= 0
                && Character.digit(value.charAt(second), 16) >= 0;
    }
}
