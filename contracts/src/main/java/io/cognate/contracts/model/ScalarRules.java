package io.cognate.contracts.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jboss.logging.Logger;

/**
 * The model's value constraints ({@code min}, {@code max}, {@code pattern}, {@code enum}), each
 * phrased as AWS phrases it. Patterns are compiled once per shape; one that Java cannot compile is
 * skipped rather than failing every request.
 */
final class ScalarRules {

    private static final Logger LOG = Logger.getLogger(ScalarRules.class);

    private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();

    /**
     * Violated constraints of a value that already has its shape's JSON type; the shared empty list
     * when there are none (every valid request: nothing is allocated then).
     */
    List<String> check(Shape shape, JsonNode value) {
        return switch (shape.type()) {
            case "string" -> string(shape, value.asText());
            case "integer", "long" -> range(shape, value.asLong());
            default -> List.of();
        };
    }

    /** Violated size constraints of a list or map; AWS calls them "length" too. */
    List<String> size(Shape shape, int size) {
        if (!tooShort(shape, size) && !tooLong(shape, size)) {
            return List.of();
        }
        List<String> violated = new ArrayList<>(2);
        length(shape, size, violated);
        return violated;
    }

    private List<String> string(Shape shape, String text) {
        Optional<Pattern> pattern = pattern(shape);
        boolean unmatched = pattern.isPresent() && !pattern.get().matcher(text).matches();
        // Smithy counts a string's length in Unicode code points, not UTF-16 units.
        long length =
                shape.min().isPresent() || shape.max().isPresent()
                        ? text.codePointCount(0, text.length())
                        : 0;
        List<String> allowed = shape.enumValues();
        boolean outsideEnum = !allowed.isEmpty() && !allowed.contains(text);
        if (!unmatched && !tooShort(shape, length) && !tooLong(shape, length) && !outsideEnum) {
            return List.of();
        }
        List<String> violated = new ArrayList<>(4);
        if (unmatched) {
            violated.add(
                    "Member must satisfy regular expression pattern: " + pattern.get().pattern());
        }
        length(shape, length, violated);
        if (outsideEnum) {
            violated.add("Member must satisfy enum value set: " + allowed);
        }
        return violated;
    }

    private static boolean tooShort(Shape shape, long length) {
        return shape.min().isPresent() && length < shape.min().getAsLong();
    }

    private static boolean tooLong(Shape shape, long length) {
        return shape.max().isPresent() && length > shape.max().getAsLong();
    }

    private static void length(Shape shape, long length, List<String> violated) {
        if (tooShort(shape, length)) {
            violated.add(
                    "Member must have length greater than or equal to " + shape.min().getAsLong());
        }
        if (tooLong(shape, length)) {
            violated.add(
                    "Member must have length less than or equal to " + shape.max().getAsLong());
        }
    }

    private static List<String> range(Shape shape, long value) {
        if (!tooShort(shape, value) && !tooLong(shape, value)) {
            return List.of();
        }
        List<String> violated = new ArrayList<>(2);
        if (tooShort(shape, value)) {
            violated.add(
                    "Member must have value greater than or equal to " + shape.min().getAsLong());
        }
        if (tooLong(shape, value)) {
            violated.add("Member must have value less than or equal to " + shape.max().getAsLong());
        }
        return violated;
    }

    private Optional<Pattern> pattern(Shape shape) {
        return patterns.computeIfAbsent(shape.name(), name -> compile(shape));
    }

    private static Optional<Pattern> compile(Shape shape) {
        Optional<String> regex = shape.pattern();
        if (regex.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(regex.get()));
        } catch (PatternSyntaxException e) {
            LOG.debugf("Pattern of shape %s does not compile in Java; not enforced", shape.name());
            return Optional.empty();
        }
    }
}
