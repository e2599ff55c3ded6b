package io.cognate.contracts.sigv4;

import java.util.ArrayList;
import java.util.List;

/**
 * The canonical URI of a SigV4 canonical request, as the AWS SDKs build it for non-S3 services: dot
 * segments removed, empty segments kept, the raw path URI-encoded once more (keeping {@code /}). A
 * path with no dot segment (nearly all) is only encoded again, straight into the request's builder.
 */
final class CanonicalUri {

    private CanonicalUri() {}

    /**
     * Normalizes dot segments, URI-encodes the raw path again (keeping {@code /}), empty as {@code
     * /}.
     */
    static String of(String rawPath) {
        StringBuilder out = new StringBuilder();
        appendTo(out, rawPath);
        return out.toString();
    }

    static void appendTo(StringBuilder out, String rawPath) {
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
