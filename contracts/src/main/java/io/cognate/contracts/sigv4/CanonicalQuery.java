package io.cognate.contracts.sigv4;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The canonical query string of a SigV4 canonical request, and the query's parameters: decoded
 * ({@code +} as a space), RFC 3986 re-encoded, sorted by name then value, empty names dropped. Read
 * with {@code indexOf}, no regex.
 */
final class CanonicalQuery {

    private CanonicalQuery() {}

    /** Parameters decoded, RFC 3986 re-encoded, sorted by name then value; empty names dropped. */
    static String of(String rawQuery, String excludedParam) {
        StringBuilder out = new StringBuilder();
        appendTo(out, rawQuery, excludedParam);
        return out.toString();
    }

    static void appendTo(StringBuilder out, String rawQuery, String excludedParam) {
        if (rawQuery.isEmpty()) {
            return;
        }
        List<String> pairs = new ArrayList<>(8);
        StringBuilder pair = new StringBuilder(rawQuery.length() + 16);
        forEachPair(
                rawQuery,
                (name, value) -> {
                    if (!name.isEmpty() && !name.equals(excludedParam)) {
                        pair.setLength(0);
                        UriEncoding.encodeTo(pair, name, false);
                        pair.append('=');
                        UriEncoding.encodeTo(pair, value, false);
                        pairs.add(pair.toString());
                    }
                });
        pairs.sort(CanonicalQuery::byNameThenValue);
        for (int i = 0; i < pairs.size(); i++) {
            if (i > 0) {
                out.append('&');
            }
            out.append(pairs.get(i));
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
    static Map<String, List<String>> parameters(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        forEachPair(
                rawQuery,
                (name, value) -> params.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value));
        return params;
    }

    /**
     * Splits the query on {@code &} and each pair at its first {@code =}, and hands {@code sink}
     * the decoded name and value in arrival order; empty pairs are skipped, a pair without {@code
     * =} has value "".
     */
    private static void forEachPair(String rawQuery, BiConsumer<String, String> sink) {
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
                sink.accept(name, value);
            }
            from = to + 1;
        }
    }
}
