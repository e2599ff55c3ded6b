package io.cognate.broker.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Resource or condition value as written, with its policy variables: {@code ${aws:username}},
 * {@code ${aws:PrincipalTag/team, 'default'}} and the escapes {@code ${*}}, {@code ${?}}, {@code
 * ${$}}. Variables exist only in version {@code 2012-10-17} documents; older documents take {@code
 * ${…}} literally, as IAM does. Substitution happens once: a value that itself looks like a
 * variable stays text.
 */
final class PolicyString {

    private sealed interface Part permits Text, Variable {}

    /** Text from the document ({@code wildcards}) or from an escape (plain). */
    private record Text(String text, boolean wildcards) implements Part {}

    /** {@code key} null when the {@code ${…}} is malformed: it never resolves. */
    private record Variable(String key, String fallback) implements Part {}

    private final String raw;
    private final List<Part> parts;
    private final Glob constant;

    private PolicyString(String raw, List<Part> parts) {
        this.raw = raw;
        this.parts = parts;
        this.constant =
                parts.stream().anyMatch(Variable.class::isInstance) ? null : assemble(null).get();
    }

    static PolicyString parse(String raw, boolean variables) {
        List<Part> parts = new ArrayList<>();
        if (!variables) {
            parts.add(new Text(raw, true));
            return new PolicyString(raw, parts);
        }
        int from = 0;
        int start;
        while ((start = raw.indexOf("${", from)) >= 0) {
            int end = closingBrace(raw, start + 2);
            if (end < 0) {
                break;
            }
            if (start > from) {
                parts.add(new Text(raw.substring(from, start), true));
            }
            parts.add(part(raw.substring(start + 2, end)));
            from = end + 1;
        }
        if (from < raw.length()) {
            parts.add(new Text(raw.substring(from), true));
        }
        return new PolicyString(raw, parts);
    }

    /** The value as written in the document. */
    String raw() {
        return raw;
    }

    /** The value with its variables replaced; empty when one cannot be resolved. */
    Optional<Glob> resolve(ConditionContext context) {
        return constant != null ? Optional.of(constant) : assemble(context);
    }

    private Optional<Glob> assemble(ConditionContext context) {
        GlobBuilder glob = new GlobBuilder();
        for (Part part : parts) {
            if (part instanceof Text text) {
                if (text.wildcards()) {
                    glob.pattern(text.text());
                } else {
                    glob.plain(text.text());
                }
            } else if (part instanceof Variable variable) {
                Optional<String> value = lookup(variable, context);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                glob.plain(value.get());
            }
        }
        return Optional.of(glob.build());
    }

    /** A multivalued key cannot be a variable; like a missing one, it takes the default. */
    private static Optional<String> lookup(Variable variable, ConditionContext context) {
        if (variable.key() == null) {
            return Optional.empty();
        }
        Optional<String> value =
                context.values(variable.key()).filter(v -> v.size() == 1).map(v -> v.get(0));
        return value.or(() -> Optional.ofNullable(variable.fallback()));
    }

    /** The {@code }} ending a variable, skipping one inside a quoted default; -1 if none. */
    private static int closingBrace(String raw, int from) {
        boolean quoted = false;
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == '}' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static Part part(String inside) {
        String body = inside.strip();
        if (body.equals("*") || body.equals("?") || body.equals("$")) {
            return new Text(body, false);
        }
        int comma = body.indexOf(',');
        String key = (comma < 0 ? body : body.substring(0, comma)).strip();
        if (key.isEmpty() || key.contains("'") || key.chars().anyMatch(Character::isWhitespace)) {
            return new Variable(null, null);
        }
        if (comma < 0) {
            return new Variable(key, null);
        }
        String fallback = quoted(body.substring(comma + 1).strip());
        return fallback == null ? new Variable(null, null) : new Variable(key, fallback);
    }

    /** {@code 'text'} with {@code ''} for a quote inside; null when not of that form. */
    private static String quoted(String literal) {
        if (literal.length() < 2 || literal.charAt(0) != '\'' || !literal.endsWith("'")) {
            return null;
        }
        String inner = literal.substring(1, literal.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\'') {
                if (i + 1 >= inner.length() || inner.charAt(i + 1) != '\'') {
                    return null;
                }
                i++;
            }
            out.append(c);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return raw;
    }
}
