package io.cognate.broker.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A policy value after variable substitution: text in which some {@code *} and {@code ?} are
 * wildcards and the rest are plain characters. Substituted values and the {@code ${*}}, {@code
 * ${?}} escapes are always plain, so a caller's tag value can never widen a pattern.
 */
final class Glob {

    private final String text;
    private final boolean[] wildcard;

    /**
     * {@link #arnSegments()}, split on first use: a policy's constant Resource patterns are matched
     * by every request, and splitting them again showed in every decision. A racing first use
     * splits twice and keeps either: the lists are immutable and equal.
     */
    private List<Glob> arnSegments;

    Glob(String text, boolean[] wildcard) {
        this.text = text;
        this.wildcard = wildcard;
    }

    /** {@code *} and {@code ?} in {@code pattern} are wildcards. */
    static Glob pattern(String pattern) {
        return new GlobBuilder().pattern(pattern).build();
    }

    /** The characters as written, for the operators that do not expand wildcards. */
    String text() {
        return text;
    }

    boolean isMatchAll() {
        return text.length() == 1 && wildcard[0] && text.charAt(0) == '*';
    }

    /** Whether {@code input} matches, the whole of it. */
    boolean matches(String input, boolean ignoreCase) {
        return matches(input, 0, input.length(), ignoreCase);
    }

    /** Whether {@code input[from, to)} matches, the whole of it. */
    boolean matches(String input, int from, int to, boolean ignoreCase) {
        int p = 0;
        int s = from;
        int star = -1;
        int starInput = from;
        int m = text.length();
        int n = to;
        while (s < n) {
            if (p < m && isStar(p)) {
                star = p++;
                starInput = s;
            } else if (p < m
                    && (isQuestion(p) || same(text.charAt(p), input.charAt(s), ignoreCase))) {
                p++;
                s++;
            } else if (star >= 0) {
                p = star + 1;
                s = ++starInput;
            } else {
                return false;
            }
        }
        while (p < m && isStar(p)) {
            p++;
        }
        return p == m;
    }

    /** The six ARN segments ({@link #split} on {@code :}, at most 6), split once per glob. */
    List<Glob> arnSegments() {
        List<Glob> segments = arnSegments;
        if (segments == null) {
            segments = List.copyOf(split(':', 6));
            arnSegments = segments;
        }
        return segments;
    }

    /** Splits on a plain {@code separator} into at most {@code limit} parts, like ARN segments. */
    List<Glob> split(char separator, int limit) {
        List<Glob> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length() && parts.size() < limit - 1; i++) {
            if (text.charAt(i) == separator && !wildcard[i]) {
                parts.add(slice(start, i));
                start = i + 1;
            }
        }
        parts.add(slice(start, text.length()));
        return parts;
    }

    private Glob slice(int from, int to) {
        boolean[] flags = new boolean[to - from];
        System.arraycopy(wildcard, from, flags, 0, flags.length);
        return new Glob(text.substring(from, to), flags);
    }

    private boolean isStar(int i) {
        return wildcard[i] && text.charAt(i) == '*';
    }

    private boolean isQuestion(int i) {
        return wildcard[i] && text.charAt(i) == '?';
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        if (a == b) {
            return true;
        }
        return ignoreCase
                && (Character.toUpperCase(a) == Character.toUpperCase(b)
                        || Character.toLowerCase(a) == Character.toLowerCase(b));
    }

    @Override
    public String toString() {
        return text;
    }
}
