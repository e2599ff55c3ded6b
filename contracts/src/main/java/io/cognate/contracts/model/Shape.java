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

    private Shape(ServiceModel model, String name) {
        this.model = model;
        this.name = name;
        this.definition = model.shape(name);
    }

    public static Shape of(ServiceModel model, String name) {
        return new Shape(model, name);
    }

    public String name() {
        return name;
    }

    /** The botocore type: {@code structure, list, map, string, integer, long, boolean, ...}. */
    public String type() {
        return definition.path("type").asText("");
    }

    /** Whether values of this shape are secrets that must never be echoed or logged. */
    public boolean sensitive() {
        return definition.path("sensitive").asBoolean(false);
    }

    /** A structure's members in model order, keyed by their PascalCase wire names. */
    public Map<String, Shape> members() {
        Map<String, Shape> byName = new LinkedHashMap<>();
        definition
                .path("members")
                .fields()
                .forEachRemaining(e -> byName.put(e.getKey(), reference(e.getValue())));
        return Collections.unmodifiableMap(byName);
    }

    public Shape listMember() {
        return reference(definition.path("member"));
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
        return reference(definition.path("key"));
    }

    public Shape mapValue() {
        return reference(definition.path("value"));
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
        Set<String> names = new HashSet<>();
        definition.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    /** A structure marked {@code document}: free-form JSON, not checked. */
    boolean document() {
        return definition.path("document").asBoolean(false);
    }

    OptionalLong min() {
        return bound("min");
    }

    OptionalLong max() {
        return bound("max");
    }

    Optional<String> pattern() {
        return Optional.ofNullable(definition.path("pattern").asText(null));
    }

    List<String> enumValues() {
        List<String> values = new ArrayList<>();
        definition.path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private OptionalLong bound(String key) {
        JsonNode bound = definition.path(key);
        return bound.isNumber() ? OptionalLong.of(bound.asLong()) : OptionalLong.empty();
    }

    private Shape reference(JsonNode ref) {
        return new Shape(model, ref.path("shape").asText(""));
    }

    @Override
    public String toString() {
        return "Shape[" + name + "]";
    }
}
