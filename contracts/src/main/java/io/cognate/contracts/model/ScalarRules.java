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

    /** Violated constraints of a value that already has its shape's JSON type. */
    List<String> check(Shape shape, JsonNode value) {
        List<String> violated = new ArrayList<>();
        switch (shape.type()) {
            case "string" -> string(shape, value.asText(), violated);
            case "integer", "long" -> range(shape, value.asLong(), violated);
            default -> {}
        }
        return violated;
    }

    /** Violated size constraints of a list or map; AWS calls them "length" too. */
    List<String> size(Shape shape, int size) {
        List<String> violated = new ArrayList<>();
        length(shape, size, violated);
        return violated;
    }

    private void string(Shape shape, String text, List<String> violated) {
        pattern(shape)
                .filter(pattern -> !pattern.matcher(text).matches())
                .ifPresent(
                        pattern ->
                                violated.add(
                                        "Member must satisfy regular expression pattern: "
                                                + pattern.pattern()));
        // Smithy counts a string's length in Unicode code points, not UTF-16 units.
        length(shape, text.codePointCount(0, text.length()), violated);
        List<String> allowed = shape.enumValues();
        if (!allowed.isEmpty() && !allowed.contains(text)) {
            violated.add("Member must satisfy enum value set: " + allowed);
        }
    }

    private static void length(Shape shape, long length, List<String> violated) {
        shape.min().stream()
                .filter(min -> length < min)
                .forEach(
                        min ->
                                violated.add(
                                        "Member must have length greater than or equal to " + min));
        shape.max().stream()
                .filter(max -> length > max)
                .forEach(
                        max ->
                                violated.add(
                                        "Member must have length less than or equal to " + max));
    }

    private static void range(Shape shape, long value, List<String> violated) {
        shape.min().stream()
                .filter(min -> value < min)
                .forEach(
                        min ->
                                violated.add(
                                        "Member must have value greater than or equal to " + min));
        shape.max().stream()
                .filter(max -> value > max)
                .forEach(
                        max -> violated.add("Member must have value less than or equal to " + max));
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
