package io.cognate.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates rendered objects against the Kubernetes API schemas, strictly: an object the API server
 * would refuse or silently prune fails here.
 *
 * <p>Built-in kinds use the official Kubernetes Java client's models (client-java-api 25,
 * Kubernetes 1.34), which are generated from the Kubernetes OpenAPI document: {@code
 * validateJsonElement} rejects unknown fields, missing required fields and wrong shapes at every
 * depth, and a round trip through the model rejects wrong scalar types (a string where the API
 * wants an integer). The prometheus-operator ServiceMonitor is not in that document: fabric8's
 * model checks it, with any field fabric8 does not know counted as an error.
 */
final class KubernetesSchemas {

    private static final Map<String, Class<?>> MODELS =
            Map.of(
                    "v1/ConfigMap", V1ConfigMap.class,
                    "v1/Secret", V1Secret.class,
                    "v1/Service", V1Service.class,
                    "v1/ServiceAccount", V1ServiceAccount.class,
                    "apps/v1/Deployment", V1Deployment.class,
                    "autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class,
                    "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class,
                    "networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class,
                    "networking.k8s.io/v1/Ingress", V1Ingress.class);

    private static final ObjectMapper JACKSON = new ObjectMapper();

    private KubernetesSchemas() {}

    /** The problems of one object; empty when it is valid. */
    static List<String> problems(JsonNode object) {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        try {
            if (type.equals("monitoring.coreos.com/v1/ServiceMonitor")) {
                return fabric8Problems(object, ServiceMonitor.class);
            }
            Class<?> model = MODELS.get(type);
            if (model == null) {
                return List.of("no schema for " + type + " (an unknown or removed API version)");
            }
            return officialProblems(object, model);
        } catch (RuntimeException e) {
            return List.of(e.getMessage());
        }
    }

    private static List<String> officialProblems(JsonNode object, Class<?> model) {
        JsonElement json = JsonParser.parseString(object.toString());
        try {
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
        } catch (InvocationTargetException e) {
            return List.of(e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        Object typed = JSON.deserialize(object.toString(), model);
        JsonNode back = read(JSON.serialize(typed));
        return differences("", object, back);
    }

    private static List<String> fabric8Problems(JsonNode object, Class<?> model) {
        Object typed = JACKSON.convertValue(object, model);
        List<String> problems = new ArrayList<>();
        unknownFields("", typed, problems, new IdentityHashMap<>());
        problems.addAll(differences("", object, JACKSON.valueToTree(typed)));
        return problems;
    }

    /** Fields that fabric8 keeps in additionalProperties are fields the schema does not have. */
    private static void unknownFields(
            String path, Object value, List<String> problems, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(path + "[" + i++ + "]", item, problems, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> || !value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> c = value.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object child;
                try {
                    child = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties")) {
                    if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add(path + ": unknown fields " + extra.keySet());
                    }
                } else {
                    unknownFields(path + "." + field.getName(), child, problems, seen);
                }
            }
        }
    }

    /**
     * What changed in a round trip through the typed model: a dropped field, or a scalar of another
     * JSON type (e.g. "8080" for 8080). Quantities may be re-spelled by the model, so equal text is
     * enough for them.
     */
    private static List<String> differences(String path, JsonNode rendered, JsonNode typed) {
        List<String> problems = new ArrayList<>();
        if (rendered.isObject()) {
            rendered.fieldNames()
                    .forEachRemaining(
                            name -> {
                                JsonNode child = rendered.get(name);
                                if (child.isNull()) {
                                    return;
                                }
                                if (!typed.has(name)) {
                                    problems.add(path + "." + name + ": not in the schema");
                                } else {
                                    problems.addAll(
                                            differences(path + "." + name, child, typed.get(name)));
                                }
                            });
        } else if (rendered.isArray()) {
            for (int i = 0; i < rendered.size(); i++) {
                problems.addAll(differences(path + "[" + i + "]", rendered.get(i), typed.path(i)));
            }
        } else if (rendered.getNodeType() != typed.getNodeType()
                && !(isQuantity(path) && rendered.asText().equals(typed.asText()))) {
            problems.add(
                    path
                            + ": "
                            + rendered.getNodeType()
                            + " where the schema has "
                            + typed.getNodeType());
        }
        return problems;
    }

    private static boolean isQuantity(String path) {
        return path.contains(".resources.") || path.endsWith(".sizeLimit");
    }

    private static JsonNode read(String json) {
        try {
            return JACKSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
