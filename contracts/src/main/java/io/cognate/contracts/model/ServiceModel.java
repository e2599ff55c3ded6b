package io.cognate.contracts.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An official AWS service model (botocore JSON, copied verbatim into {@code aws-models/}): the
 * source of truth for which operations exist, which are signed, and what their inputs must look
 * like.
 */
public final class ServiceModel {

    private final String endpointPrefix;
    private final String targetPrefix;
    private final String apiVersion;
    private final Map<String, OperationModel> operations;
    private final JsonNode shapes;
    private final Map<String, Shape> views = new ConcurrentHashMap<>();

    private ServiceModel(JsonNode root) {
        JsonNode metadata = root.path("metadata");
        this.endpointPrefix = metadata.path("endpointPrefix").asText();
        this.targetPrefix = metadata.path("targetPrefix").asText(null);
        this.apiVersion = metadata.path("apiVersion").asText();
        this.shapes = root.path("shapes");
        Map<String, OperationModel> ops = new HashMap<>();
        root.path("operations")
                .fields()
                .forEachRemaining(e -> ops.put(e.getKey(), toOperation(e.getValue())));
        this.operations = Map.copyOf(ops);
    }

    /**
     * Loads a model bundled under {@code aws-models/}, e.g. {@code
     * cognito-idp-2016-04-18.service.json}.
     */
    public static ServiceModel fromClasspath(String fileName) {
        String resource = "aws-models/" + fileName;
        try (InputStream in = ServiceModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "No service model on the classpath: " + resource);
            }
            return new ServiceModel(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable service model " + resource, e);
        }
    }

    /** The signing name and endpoint prefix ({@code cognito-idp}, {@code sts}). */
    public String endpointPrefix() {
        return endpointPrefix;
    }

    /**
     * The JSON 1.1 target prefix ({@code AWSCognitoIdentityProviderService}); null for Query
     * services.
     */
    public String targetPrefix() {
        return targetPrefix;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public Optional<OperationModel> operation(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    public Set<String> operationNames() {
        return operations.keySet();
    }

    /** The member names of a structure shape, in model order; empty for unknown shapes. */
    public java.util.List<String> memberNames(String structureShape) {
        java.util.List<String> names = new java.util.ArrayList<>();
        shapes.path(structureShape).path("members").fieldNames().forEachRemaining(names::add);
        return java.util.List.copyOf(names);
    }

    /**
     * The one view of a shape: the model never changes, so what a view reads from it never goes
     * stale. Bounded by the model's shape names (unknown names asked by requests are not kept).
     */
    Shape shapeView(String name) {
        Shape known = views.get(name);
        if (known != null) {
            return known;
        }
        Shape view = Shape.create(this, name);
        return shapes.has(name)
                ? Objects.requireNonNullElse(views.putIfAbsent(name, view), view)
                : view;
    }

    /** The raw shape definitions, for validation and serialization. */
    JsonNode shape(String name) {
        return shapes.path(name);
    }

    private static OperationModel toOperation(JsonNode op) {
        Set<String> errors = new LinkedHashSet<>();
        op.path("errors").forEach(e -> errors.add(e.path("shape").asText()));
        String input = op.path("input").path("shape").asText(null);
        String output = op.path("output").path("shape").asText(null);
        boolean signed = !"none".equals(op.path("authtype").asText(""));
        return new OperationModel(
                op.path("name").asText(), input, output, signed, Set.copyOf(errors));
    }
}
