package io.cognate.contracts.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A read-only view of one shape of a {@link ServiceModel}, so that the validator and the protocol
 * codecs ask typed questions instead of passing raw botocore JSON around. Unknown shape names give
 * a view whose {@link #type()} is empty, which every caller treats as "anything goes".
 */
public final class Shape {

    private final ServiceModel model;
    private final String name;
    private final JsonNode definition;

    // Read from the definition once: the validator asks these for every value of every request.
    private final String type;
    private final boolean sensitive;
    private final boolean document;
    private final Set<String> required;
    private final OptionalLong min;
    private final OptionalLong max;
    private final Optional<String> pattern;
    private final List<String> enumValues;

    // Other shapes, resolved on first use (shapes may refer to themselves).
    private volatile Map<String, Shape> members;
    private volatile Shape listMember;
    private volatile Shape mapKey;
    private volatile Shape mapValue;

    private Shape(ServiceModel model, String name) {
        this.model = model;
        this.name = name;
        this.definition = model.shape(name);
        this.type = definition.path("type").asText("");
        this.sensitive = definition.path("sensitive").asBoolean(false);
        this.document = definition.path("document").asBoolean(false);
        Set<String> names = new HashSet<>();
        definition.path("required").forEach(n -> names.add(n.asText()));
        this.required = Set.copyOf(names);
        this.min = bound("min");
        this.max = bound("max");
        this.pattern = Optional.ofNullable(definition.path("pattern").asText(null));
        List<String> values = new ArrayList<>();
        definition.path("enum").forEach(v -> values.add(v.asText()));
        this.enumValues = List.copyOf(values);
    }

    /** The view of a shape; one per model and name, built on first use and shared. */
    public static Shape of(ServiceModel model, String name) {
        return model.shapeView(name);
    }

    /** A new view, for {@link ServiceModel}'s cache only. */
    static Shape create(ServiceModel model, String name) {
        return new Shape(model, name);
    }

    public String name() {
        return name;
    }

    /** The botocore type: {@code structure, list, map, string, integer, long, boolean, ...}. */
    public String type() {
        return type;
    }

    /** Whether values of this shape are secrets that must never be echoed or logged. */
    public boolean sensitive() {
        return sensitive;
    }

    /** A structure's members in model order, keyed by their PascalCase wire names. */
    public Map<String, Shape> members() {
        Map<String, Shape> known = members;
        if (known == null) {
            Map<String, Shape> byName = new LinkedHashMap<>();
            definition
                    .path("members")
                    .fields()
                    .forEachRemaining(e -> byName.put(e.getKey(), reference(e.getValue())));
            known = Collections.unmodifiableMap(byName);
            members = known;
        }
        return known;
    }

    public Shape listMember() {
        Shape known = listMember;
        if (known == null) {
            known = reference(definition.path("member"));
            listMember = known;
        }
        return known;
    }

    /**
     * The element name of list items in the Query protocol and XML: {@code member} unless renamed.
     */
    public String listMemberName() {
        return definition.path("member").path("locationName").asText("member");
    }

    /** Flattened lists and maps omit the {@code member} / {@code entry} level in Query and XML. */
    public boolean flattened() {
        return definition.path("flattened").asBoolean(false);
    }

    public Shape mapKey() {
        Shape known = mapKey;
        if (known == null) {
            known = reference(definition.path("key"));
            mapKey = known;
        }
        return known;
    }

    public Shape mapValue() {
        Shape known = mapValue;
        if (known == null) {
            known = reference(definition.path("value"));
            mapValue = known;
        }
        return known;
    }

    /**
     * The wire error code of an exception shape ({@code InvalidIdentityToken}), if it declares one.
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(definition.path("error").path("code").asText(null));
    }

    /** The HTTP status of an exception shape, if it declares one. */
    public OptionalInt errorHttpStatus() {
        JsonNode status = definition.path("error").path("httpStatusCode");
        return status.isInt() ? OptionalInt.of(status.asInt()) : OptionalInt.empty();
    }

    Set<String> required() {
        return required;
    }

    /** A structure marked {@code document}: free-form JSON, not checked. */
    boolean document() {
        return document;
    }

    OptionalLong min() {
        return min;
    }

    OptionalLong max() {
        return max;
    }

    Optional<String> pattern() {
        return pattern;
    }

    List<String> enumValues() {
        return enumValues;
    }

    private OptionalLong bound(String key) {
        JsonNode bound = definition.path(key);
        return bound.isNumber() ? OptionalLong.of(bound.asLong()) : OptionalLong.empty();
    }

    private Shape reference(JsonNode ref) {
        return of(model, ref.path("shape").asText(""));
    }

    @Override
    public String toString() {
        return "Shape[" + name + "]";
    }
}
